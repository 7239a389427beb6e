package com.leeway.system;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import com.leeway.account.IdentityProperties;

/**
 * Bearer tokens of the company's identity provider on {@code /api/**}, only when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} is set. The provider's keys are fetched at the
 * first token, so Leeway starts even while the provider is down. A token must be signed by one of the provider's
 * keys, name exactly that issuer, and not be expired (beyond {@code leeway.identity.clock-skew}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
class IdentityConfiguration {

	@Bean
	JwtDecoder providerTokens(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
			IdentityProperties identity) {
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(JwtValidators.createDefaultWithValidators(
					List.of(new JwtTimestampValidator(identity.clockSkew()), new JwtIssuerValidator(issuer)))));
			return decoder;
		});
	}

}
