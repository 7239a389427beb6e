package com.leeway.system;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.support.RequestContextUtils;

import tools.jackson.databind.json.JsonMapper;

import com.leeway.account.PersonalTokenFilter;
import com.leeway.account.PersonalTokens;
import com.leeway.account.ProviderPeople;
import com.leeway.account.SignedInUser;

/**
 * API clients use HTTP Basic on {@code /api/**} without sessions or CSRF tokens and get problem+json for 401,
 * 403 and 429; browsers use the sign-in form, with CSRF protection. Every sign-in, by form or HTTP Basic, asks the
 * {@link SignInThrottle} first. The administration endpoints ({@code /actuator/**}) are for administrators only,
 * except {@code /actuator/health}. Every response carries a content security policy that allows scripts from
 * Leeway's own files only, a referrer policy, {@code nosniff} and frame denial.
 * <p>
 * When the company's identity provider is configured ({@code spring.security.oauth2.client.*}), browsers may also
 * sign in there, and signing out ends the provider's session too; when its issuer is configured for the API
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), {@code /api/**} also accepts its bearer tokens.
 * Either way the signed-in principal is the same {@link SignedInUser}, made by {@link ProviderPeople} from the
 * token's claims. Without that configuration none of it is active. See {@code docs/identity.md}.
 * <p>
 * {@code /api/**} also accepts a person's own personal access tokens ({@code Authorization: Bearer lw_...},
 * {@link PersonalTokenFilter}); bearer tokens starting with {@code lw_} never reach the provider's check.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String[] RULE_EDITORS = { "IT_STAFF", "ADMIN" };

	/** Pages: scripts and styles from Leeway's own files; inline style attributes are still allowed. */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** JSON answers are never rendered as a page: nothing may load from them or frame them. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	/** Where a paused form sign-in is shown (a forward, so the answer keeps its 429 status). */
	static final String PAUSED_PAGE = "/login/paused";

	@Bean
	SignInThrottle signInThrottle(SignInProperties limits, Clock clock) {
		return new SignInThrottle(limits, clock);
	}

	@Bean
	Problems problems(JsonMapper json, MessageSource messages) {
		return new Problems(json, messages);
	}

	@Bean
	@Order(0)
	SecurityFilterChain administration(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, Problems problems,
			@Value("${management.endpoints.web.base-path:/actuator}") String basePath) throws Exception {
		// The exposed endpoints, and anything else under their base path, so an endpoint that is not exposed
		// answers 404 to administrators only, and tells nobody else whether it exists.
		http.securityMatchers(matchers -> matchers.requestMatchers(EndpointRequest.toAnyEndpoint())
			.requestMatchers(basePath, basePath + "/**"))
			.authenticationManager(signIn(users, passwordEncoder, throttle))
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.notSignedIn()))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems.notSignedIn())
				.accessDeniedHandler(problems.notAllowed()))
			.headers(headers -> protect(headers, API_POLICY));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, Clock clock, Problems problems, ObjectProvider<JwtDecoder> providerTokens,
			ObjectProvider<ProviderPeople> people, PersonalTokens personalTokens) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(
					signIn(users, new RecentlyVerifiedCredentials(passwordEncoder, clock), throttle))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/rulesets/active", "/api/v1/standards").authenticated()
				.requestMatchers("/api/v1/rulesets/drafts", "/api/v1/rulesets/drafts/**")
				.hasAnyRole("IT_STAFF", "ADMIN", "MANAGER")
				.requestMatchers("/api/v1/rulesets/**").hasAnyRole(RULE_EDITORS)
				.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.notSignedIn()))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems.notSignedIn())
				.accessDeniedHandler(problems.notAllowed()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> protect(headers, API_POLICY))
			// Personal access tokens (Bearer lw_...) have their own check, before HTTP Basic and provider tokens.
			.addFilterBefore(new PersonalTokenFilter(personalTokens, problems.tokenRefused()),
					BasicAuthenticationFilter.class);
		JwtDecoder decoder = providerTokens.getIfAvailable();
		if (decoder != null) {
			ProviderPeople provided = people.getObject();
			// Bearer tokens have their own authentication (not the password one above, nor its throttle).
			JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
			tokens.setJwtAuthenticationConverter(token -> {
				SignedInUser user = provided.signedIn(String.valueOf(token.getIssuer()), token.getSubject(),
						token.getClaims());
				return UsernamePasswordAuthenticationToken.authenticated(user, token, user.getAuthorities());
			});
			DefaultBearerTokenResolver bearerTokens = new DefaultBearerTokenResolver();
			http.oauth2ResourceServer(bearer -> bearer.authenticationEntryPoint(problems.notSignedIn())
				.bearerTokenResolver(request -> {
					String token = bearerTokens.resolve(request);
					return PersonalTokenFilter.isPersonalToken(token) ? null : token;
				})
				.jwt(jwt -> jwt.authenticationManager(new ProviderManager(tokens))));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, ObjectProvider<ClientRegistrationRepository> providers,
			ObjectProvider<ProviderPeople> people) throws Exception {
		ClientRegistrationRepository registrations = providers.getIfAvailable();
		AuthenticationManager passwords = signIn(users, passwordEncoder, throttle);
		AuthenticationManager provider = registrations == null ? null : companySignIn(people.getObject());
		// The form's user name and password go to the throttled password check; the identity provider's answers
		// (only when one is configured) to the provider's own check.
		http.authenticationManager(provider == null ? passwords
				: request -> request instanceof UsernamePasswordAuthenticationToken ? passwords.authenticate(request)
						: provider.authenticate(request))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", PAUSED_PAGE, "/setup", "/language", "/css/**", "/js/**", "/images/**", "/favicon.ico",
						"/error").permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.requestMatchers("/rules/drafts", "/rules/drafts/**").hasAnyRole("IT_STAFF", "ADMIN", "MANAGER")
				.requestMatchers("/rules/**").hasAnyRole(RULE_EDITORS)
				.requestMatchers("/manager/**").hasRole("MANAGER")
				.requestMatchers("/it/**").hasAnyRole("IT_STAFF", "ADMIN")
				.requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(formFailure())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> protect(headers, PAGE_POLICY));
		if (registrations != null) {
			OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(
					registrations);
			signedOut.setPostLogoutRedirectUri("{baseUrl}/login?logout");
			signedOut.setDefaultTargetUrl("/login?logout");
			http.oauth2Login(login -> login.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(providerFailure())
				.permitAll())
				.logout(logout -> logout.logoutSuccessHandler(signedOut))
				// Signing out is a form whose answer redirects to the provider, which form-action must allow.
				.headers(headers -> protect(headers, IdentityProviders.pagePolicy(PAGE_POLICY, registrations)));
		}
		return http.build();
	}

	private static AuthenticationManager signIn(UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledSignIn(new ProviderManager(passwords), throttle);
	}

	/**
	 * Checks the identity provider's answer to a browser sign-in (code for tokens, the ID token, the user info) and
	 * makes the signed-in person from its claims. Needs the {@code openid} scope.
	 */
	private static AuthenticationManager companySignIn(ProviderPeople people) {
		OidcUserService fromProvider = new OidcUserService();
		return new ProviderManager(new OidcAuthorizationCodeAuthenticationProvider(
				new RestClientAuthorizationCodeTokenResponseClient(),
				request -> people.signedIn(fromProvider.loadUser(request))));
	}

	private static void protect(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.contentTypeOptions(options -> {
			})
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
	}

	/** A refused sign-in at or from the identity provider goes back to the form with a plain message. */
	private static AuthenticationFailureHandler providerFailure() {
		SimpleUrlAuthenticationFailureHandler back = new SimpleUrlAuthenticationFailureHandler("/login?providerError");
		return (request, response, exception) -> {
			log.warn("A sign-in with the identity provider did not succeed: {}", exception.getMessage());
			back.onAuthenticationFailure(request, response, exception);
		};
	}

	/** A wrong password goes back to the form with a message; a paused sign-in shows the form with 429. */
	private static AuthenticationFailureHandler formFailure() {
		SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			if (exception instanceof SignInPaused paused) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
				request.getRequestDispatcher(PAUSED_PAGE).forward(request, response);
			}
			else {
				wrong.onAuthenticationFailure(request, response, exception);
			}
		};
	}

	/** The problem+json answers of the API and administration endpoints, written by Jackson, in plain words. */
	static final class Problems {

		private final JacksonJsonHttpMessageConverter converter;

		private final MessageSource messages;

		Problems(JsonMapper json, MessageSource messages) {
			this.converter = new JacksonJsonHttpMessageConverter(json);
			this.messages = messages;
		}

		AuthenticationEntryPoint notSignedIn() {
			return (request, response, exception) -> {
				if (exception instanceof SignInPaused paused) {
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
					write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.signIn.paused");
				}
				else {
					write(request, response, HttpStatus.UNAUTHORIZED, "api.signIn.required");
				}
			};
		}

		AuthenticationEntryPoint tokenRefused() {
			return (request, response, exception) -> write(request, response, HttpStatus.UNAUTHORIZED,
					"api.token.invalid");
		}

		AccessDeniedHandler notAllowed() {
			return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN,
					"api.notAllowed");
		}

		private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
				throws IOException {
			Locale locale = RequestContextUtils.getLocale(request);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					messages.getMessage(key + ".detail", null, locale));
			problem.setTitle(messages.getMessage(key + ".title", null, locale));
			response.setStatus(status.value());
			converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
		}

	}

}
