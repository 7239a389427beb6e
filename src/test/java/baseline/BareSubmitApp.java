package baseline;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The bare same-stack endpoint the submit benchmark compares Leeway with: Spring Boot, Spring Security, bean
 * validation, Spring Data JPA and the same database with durable commits. It authenticates a bearer token the way
 * Leeway checks a personal access token (a SHA-256 hash looked up in a table), validates the same submit body,
 * inserts one row and answers 201 with it — the least work a durable submit can be on this stack.
 * <p>
 * Started in its own process by {@code SubmitLoadBenchmark}; reads no configuration file of Leeway's
 * ({@code --spring.config.name=bare}). It lives outside {@code com.leeway} so Leeway's own component scan (and the
 * tests that start Leeway) never pick it up.
 */
@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
public class BareSubmitApp {

	public static void main(String[] args) {
		SpringApplication.run(BareSubmitApp.class, args);
	}

	/** The token every benchmark call carries; stored only as its hash. */
	public static final String TOKEN = "bare_benchmark_token_0123456789";

	@Bean
	SecurityFilterChain security(HttpSecurity http, JdbcTemplate jdbc) throws Exception {
		jdbc.execute("create table if not exists bare_token (token_hash varchar(64) primary key, username varchar(100) not null)");
		jdbc.update("delete from bare_token where token_hash = ?", sha256(TOKEN));
		jdbc.update("insert into bare_token (token_hash, username) values (?, ?)", sha256(TOKEN), "alice");
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.addFilterBefore(new BearerFilter(jdbc), BasicAuthenticationFilter.class);
		return http.build();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static final class BearerFilter extends OncePerRequestFilter {

		private final JdbcTemplate jdbc;

		BearerFilter(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, java.io.IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.startsWith("Bearer ")) {
				List<String> users = jdbc.queryForList("select username from bare_token where token_hash = ?",
						String.class, sha256(header.substring(7)));
				if (users.size() == 1) {
					SecurityContextHolder.getContext()
						.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(users.get(0), null,
								List.of(new SimpleGrantedAuthority("ROLE_REQUESTER"))));
				}
			}
			chain.doFilter(request, response);
		}

	}

	public record Submit(@NotBlank @Size(max = 64) String standardKey,
			@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cc}&&[^\\r\\n\\t]]*") String product,
			@Size(max = 100) String productVersion,
			@NotBlank @Size(min = 10, max = 4000) @Pattern(regexp = "(?s)[^\\p{Cc}&&[^\\r\\n\\t]]*") String justification,
			@NotNull @Min(1) @Max(1095) Integer durationDays, @NotNull @Min(1) @Max(1000000) Integer usersAffected,
			@NotBlank @Pattern(regexp = "PUBLIC|INTERNAL|CONFIDENTIAL|REGULATED") String dataClassification,
			@Size(max = 4000) String compensatingControls,
			@DecimalMin("0") @DecimalMax("100000000") BigDecimal estimatedCost) {
	}

	@Entity
	@Table(name = "bare_submission")
	public static class Submission {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		public Long id;

		@Column(nullable = false)
		public String requester;

		@Column(nullable = false)
		public String standardKey;

		@Column(nullable = false)
		public String product;

		public String productVersion;

		@Column(nullable = false, length = 4000)
		public String justification;

		public int durationDays;

		public int usersAffected;

		@Column(nullable = false)
		public String dataClassification;

		@Column(length = 4000)
		public String compensatingControls;

		public BigDecimal estimatedCost;

		@Column(nullable = false)
		public Instant submittedAt;

	}

	public interface Submissions extends JpaRepository<Submission, Long> {
	}

	@RestController
	static class SubmitController {

		private final Submissions submissions;

		SubmitController(Submissions submissions) {
			this.submissions = submissions;
		}

		@PostMapping("/api/v1/exception-requests")
		@Transactional
		public ResponseEntity<Submission> submit(@Valid @RequestBody Submit body,
				java.security.Principal principal) {
			Submission row = new Submission();
			row.requester = principal.getName();
			row.standardKey = body.standardKey();
			row.product = body.product();
			row.productVersion = body.productVersion();
			row.justification = body.justification();
			row.durationDays = body.durationDays();
			row.usersAffected = body.usersAffected();
			row.dataClassification = body.dataClassification();
			row.compensatingControls = body.compensatingControls();
			row.estimatedCost = body.estimatedCost();
			row.submittedAt = Instant.now();
			Submission saved = submissions.save(row);
			return ResponseEntity.created(URI.create("/api/v1/exception-requests/" + saved.id)).body(saved);
		}

	}

}
