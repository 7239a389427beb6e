package com.leeway.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * API clients use HTTP Basic on {@code /api/**} without sessions or CSRF tokens and get problem+json for 401
 * and 403; browsers use the login form, with CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] RULE_EDITORS = { "IT_STAFF", "ADMIN" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder)
			throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		http.securityMatcher("/api/**")
			.authenticationManager(new RecentlyVerifiedCredentials(new ProviderManager(passwords), Clock.systemUTC()))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/rulesets/active", "/api/v1/standards").authenticated()
				.requestMatchers("/api/v1/rulesets/**").hasAnyRole(RULE_EDITORS)
				.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, exception) -> problem(response,
					HttpServletResponse.SC_UNAUTHORIZED, "Not signed in",
					"Sign in with your user name and password (HTTP Basic) to use the API.")))
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint((request, response, exception) -> problem(response,
						HttpServletResponse.SC_UNAUTHORIZED, "Not signed in",
						"Sign in with your user name and password (HTTP Basic) to use the API."))
				.accessDeniedHandler((request, response, exception) -> problem(response,
						HttpServletResponse.SC_FORBIDDEN, "Not allowed",
						"Your role does not allow this action.")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error").permitAll()
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health").permitAll()
			.requestMatchers("/rules/**").hasAnyRole(RULE_EDITORS)
			.requestMatchers("/manager/**").hasRole("MANAGER")
			.requestMatchers("/it/**").hasAnyRole("IT_STAFF", "ADMIN")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
		return http.build();
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
