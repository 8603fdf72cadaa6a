package org.opencall.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Who may reach what. Public: the call pages and their JSON, and the load balancer's
 * probes. The engine REST API, and the JSON API and its description when called with HTTP
 * Basic: the user's own credentials on every request, no session, so no CSRF token
 * either. The actuator: admins, and the metrics scraper for the metrics. Everything else:
 * a login on the login page, with CSRF protection. Auditors change nothing. Every login
 * passes the {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Server-rendered pages use their own scripts and styles only. */
	private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The JSON API's OpenAPI description, read like the API itself. */
	private static final RequestMatcher API_DESCRIPTION = antMatcher("/v3/api-docs/**");

	/**
	 * Request paths in these rules are Spring's path patterns, matched against the
	 * request's path as Spring MVC matches its mappings, without asking MVC's handler
	 * mappings on every rule.
	 */
	@Bean
	static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
		return new PathPatternRequestMatcherBuilderFactoryBean();
	}

	/** See {@link HandlerLookupOnce}. */
	@Bean
	static HandlerLookupOnce handlerLookupOnce() {
		return new HandlerLookupOnce();
	}

	/**
	 * No observation of Spring Security's own (a span around every filter of the chain,
	 * the authentication and the authorization): they feed no metric Opencall reads and
	 * cost every request; a request's latency stays measured by
	 * {@code http.server.requests}.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The actuator: the probes for anyone (status only), the metrics for admins and the
	 * metrics scraper, everything else for admins. HTTP Basic, or an admin's session of
	 * the login page; a Basic login never opens a session, so that a scraper leaves none
	 * behind.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http, LoginThrottle throttle,
			@Value("${opencall.metrics.scraper-username:}") String scraperUsername,
			@Value("${opencall.metrics.scraper-password:}") String scraperPassword) throws Exception {
		return http.securityMatcher(antMatcher("/actuator/**"))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(antMatcher(HttpMethod.GET, "/actuator/health/liveness"),
						antMatcher(HttpMethod.GET, "/actuator/health/readiness"))
				.permitAll()
				.requestMatchers(antMatcher(HttpMethod.GET, "/actuator/prometheus"))
				.hasAnyAuthority(Roles.ADMINS, MetricsScraperLogin.METRICS_SCRAPER)
				.anyRequest()
				.hasAuthority(Roles.ADMINS))
			.authenticationProvider(new MetricsScraperLogin(scraperUsername, scraperPassword, throttle))
			.httpBasic((basic) -> basic.authenticationEntryPoint(SecurityProblems.forBasic()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(SecurityProblems.forApi())
				.accessDeniedHandler(SecurityProblems.forApi()))
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
		return http.securityMatcher(antMatcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests
				// checks anyone's password outside the login throttle
				.requestMatchers(antMatcher(HttpMethod.POST, "/engine-rest/identity/verify"))
				.denyAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(SecurityProblems.forBasic()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(SecurityProblems.forApi()))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain basicAuthenticatedApi(HttpSecurity http) throws Exception {
		return http
			.securityMatcher(new AndRequestMatcher(new OrRequestMatcher(antMatcher("/api/**"), API_DESCRIPTION),
					SecurityConfiguration::sendsBasic))
			.authorizeHttpRequests(SecurityConfiguration::rules)
			.httpBasic((basic) -> basic.authenticationEntryPoint(SecurityProblems.forBasic()))
			// the credentials come with the request itself, never from a session cookie
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			// every call is authenticated by its own credentials: nothing to remember, no
			// anonymous caller, no log-out
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(SecurityProblems.forBasic())
				.accessDeniedHandler(SecurityProblems.forApi()))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain application(HttpSecurity http) throws Exception {
		RequestMatcher api = antMatcher("/api/**");
		return http.authorizeHttpRequests(SecurityConfiguration::rules)
			.formLogin(
					(login) -> login.loginPage("/login").failureHandler(SecurityConfiguration::loginFailed).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/"))
			// the Camunda webapps bring their own CSRF protection; registering through
			// the
			// API needs no session: nobody is logged in yet
			.csrf((csrf) -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**"),
					antMatcher(HttpMethod.POST, "/api/registrations"), antMatcher(HttpMethod.POST, "/api/experts")))
			// the webapps' APIs answer 401 too once the session has ended, so that the
			// webapps go to their login route, which leads to Opencall's login page
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(SecurityProblems.forApi(),
						new OrRequestMatcher(api, API_DESCRIPTION, antMatcher("/camunda/api/**")))
				.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
						new LinkedHashMap<>(Map.of(api, SecurityProblems.forApi())), new AccessDeniedHandlerImpl())))
			// the webapps send their own Content-Security-Policy
			.headers(
					(headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
						.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
								new NegatedRequestMatcher(antMatcher("/camunda/**")),
								new ContentSecurityPolicyHeaderWriter(PAGE_POLICY))))
			.build();
	}

	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(new ReadOnlyUsers())
			.denyAll()
			// these check anyone's password outside the login throttle; single sign-on
			// needs neither
			.requestMatchers(antMatcher("/camunda/api/admin/auth/user/*/login/**"),
					antMatcher(HttpMethod.POST, "/camunda/api/engine/engine/*/identity/verify"))
			.denyAll()
			.requestMatchers(HttpMethod.POST, "/calls/*/follow")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/registrations", "/api/experts")
			.permitAll()
			.requestMatchers("/", "/calls", "/calls/**", "/login", "/register", "/experts/register", "/css/**",
					"/favicon.ico", "/favicon.svg", "/js/**", "/vendor/**", "/error", "/problems/**")
			.permitAll()
			// the expert pool: each expert their own profile and invitations; officers
			// run
			// the pool, auditors read it
			.requestMatchers("/experts/**", "/api/experts/me", "/api/experts/me/**")
			.hasAnyAuthority(Roles.EXPERTS, Roles.EVALUATORS)
			.requestMatchers(HttpMethod.GET, "/api/experts", "/api/experts/*")
			.hasAnyAuthority(Roles.PROGRAMME_OFFICERS, Roles.AUDITORS)
			.requestMatchers("/api/experts/**")
			.hasAuthority(Roles.PROGRAMME_OFFICERS)
			.requestMatchers(HttpMethod.GET, "/api/calls/*/experts", "/api/calls/*/assignment",
					"/api/calls/*/evaluation", "/api/calls/*/selection")
			.hasAnyAuthority(Roles.PROGRAMME_OFFICERS, Roles.AUDITORS)
			.requestMatchers(HttpMethod.GET, "/api/calls", "/api/calls/*")
			.permitAll()
			// redress: filed by the proposal's applicants, reviewed by an officer who
			// took no part in the decision
			.requestMatchers(HttpMethod.POST, "/api/submissions/*/redress/review")
			.hasAuthority(Roles.PROGRAMME_OFFICERS)
			.requestMatchers(HttpMethod.POST, "/api/submissions/*/redress")
			.hasAuthority(Roles.APPLICANTS)
			.requestMatchers("/api/calls/*/followers")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/calls", "/api/calls/**")
			.hasAuthority(Roles.PROGRAMME_OFFICERS)
			.requestMatchers(HttpMethod.PUT, "/api/calls/**")
			.hasAuthority(Roles.PROGRAMME_OFFICERS)
			// auditors read the officers' pages and challenges; the pages show them
			// no forms
			.requestMatchers(HttpMethod.GET, "/officer/**", "/api/challenges/**")
			.hasAnyAuthority(Roles.PROGRAMME_OFFICERS, Roles.AUDITORS)
			.requestMatchers("/officer/**", "/api/challenges/**")
			.hasAuthority(Roles.PROGRAMME_OFFICERS)
			// reports: the officers of the call's (or programme's) programme and auditors
			// read them (checked by reporting); only programme officers act on them
			.requestMatchers(HttpMethod.GET, "/reports", "/reports/**", "/api/reports", "/api/reports/**")
			.hasAnyAuthority(Roles.PROGRAMME_OFFICERS, Roles.AUDITORS)
			.requestMatchers("/reports", "/reports/**", "/api/reports", "/api/reports/**")
			.hasAuthority(Roles.PROGRAMME_OFFICERS)
			// histories, the audit chain's verification and its signed head are read,
			// never written
			.requestMatchers(HttpMethod.GET, "/audit/**", "/api/audit/**")
			.hasAnyAuthority(Roles.PROGRAMME_OFFICERS, Roles.AUDITORS)
			.requestMatchers("/audit/**", "/api/audit/**")
			.denyAll()

			// pilots: the company's staff, the host's need owners, the officers of the
			// grant's programme (checked by co-creation, as is who may act) and auditors
			.requestMatchers("/pilots", "/pilots/**", "/api/pilots", "/api/pilots/**")
			.hasAnyAuthority(Roles.APPLICANTS, Roles.NEED_OWNERS, Roles.PROGRAMME_OFFICERS, Roles.PROJECT_OFFICERS,
					Roles.AUDITORS)
			// grants: the company's staff answer offers and ask for amendments, the
			// programme's officers prepare, approve and decide amendments, auditors read
			.requestMatchers(HttpMethod.GET, "/grants", "/grants/**", "/api/grants", "/api/grants/**")
			.hasAnyAuthority(Roles.APPLICANTS, Roles.PROJECT_OFFICERS, Roles.PROGRAMME_OFFICERS, Roles.AUDITORS)
			.requestMatchers(HttpMethod.POST, "/grants/*/acceptance", "/grants/*/decline", "/grants/*/amendment",
					"/api/grants/*/acceptance", "/api/grants/*/decline", "/api/grants/*/amendments")
			.hasAuthority(Roles.APPLICANTS)
			.requestMatchers(HttpMethod.PUT, "/api/grants/*/agreement")
			.hasAnyAuthority(Roles.PROJECT_OFFICERS, Roles.PROGRAMME_OFFICERS)
			.requestMatchers(HttpMethod.POST, "/grants/*/agreement", "/grants/*/preparation", "/grants/*/approval",
					"/grants/*/amendments/*/approval", "/grants/*/amendments/*/refusal", "/api/grants/*/preparation",
					"/api/grants/*/approval", "/api/grants/*/amendments/*/approval",
					"/api/grants/*/amendments/*/refusal")
			.hasAnyAuthority(Roles.PROJECT_OFFICERS, Roles.PROGRAMME_OFFICERS)
			.requestMatchers("/grants/**", "/api/grants/**")
			.denyAll()
			.requestMatchers("/needs/**")
			.hasAuthority(Roles.NEED_OWNERS)
			.requestMatchers("/submissions/**")
			.hasAuthority(Roles.APPLICANTS)
			.requestMatchers("/organisation", "/organisation/**", "/api/organisations/**")
			.hasAnyAuthority(Roles.APPLICANTS, Roles.NEED_OWNERS)
			// operations: administrators only; auditors read nothing here (mail carries
			// invitation links)
			.requestMatchers("/admin/**", "/api/admin/**")
			.hasAuthority(Roles.ADMINS)
			.anyRequest()
			.authenticated();
	}

	private static boolean sendsBasic(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/** Back to the login page, saying why. */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		String reason = (ex instanceof LoginThrottledException throttled) ? "throttled=" + throttled.retryAfterSeconds()
				: "error";
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

}
