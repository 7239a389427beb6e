package com.leeway.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.Role;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * On the first working day of each month, the review of the month before goes to each department's managers (their
 * department) and to IT staff (every department), once per month and recipient however often or on however many
 * instances the job runs: the row in {@code review_mail} and the announcement commit together.
 */
@Component
public class MonthlyReviewMail {

	private static final Logger log = LoggerFactory.getLogger(MonthlyReviewMail.class);

	private final ServiceReviews reviews;

	private final ReviewReadModel model;

	private final Directory directory;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MonthlyReviewMail(ServiceReviews reviews, ReviewReadModel model, Directory directory, JdbcTemplate jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.reviews = reviews;
		this.model = model;
		this.directory = directory;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${leeway.review.mail-cron:0 0 7 * * *}", zone = "UTC")
	@SchedulerLock(name = "monthly-review", lockAtMostFor = "30m")
	public void scheduled() {
		runFor(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
	}

	/** Sends the review of last month when this day is the first working day of a month; answers how many went out. */
	public int runFor(LocalDate today) {
		if (!isFirstWorkingDayOfMonth(today)) {
			return 0;
		}
		YearMonth month = YearMonth.from(today).minusMonths(1);
		int sent = 0;
		for (Recipient recipient : recipients()) {
			try {
				if (Boolean.TRUE.equals(transactions.execute(status -> send(recipient, month, status)))) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("The monthly review for {} could not be sent; the next run tries again.", recipient.username(), ex);
			}
		}
		return sent;
	}

	static boolean isFirstWorkingDayOfMonth(LocalDate day) {
		LocalDate first = day.withDayOfMonth(1);
		while (first.getDayOfWeek() == DayOfWeek.SATURDAY || first.getDayOfWeek() == DayOfWeek.SUNDAY) {
			first = first.plusDays(1);
		}
		return first.equals(day);
	}

	record Recipient(String username, String department) {
	}

	private List<Recipient> recipients() {
		List<Recipient> recipients = new ArrayList<>();
		for (String department : model.departments()) {
			for (Actor manager : directory.managersOf(department)) {
				recipients.add(new Recipient(manager.username(), department));
			}
		}
		for (Actor staff : directory.withRole(Role.IT_STAFF)) {
			recipients.add(new Recipient(staff.username(), null));
		}
		return recipients;
	}

	private boolean send(Recipient recipient, YearMonth month, TransactionStatus status) {
		if (!jdbc.queryForList("select recipient from review_mail where review_month = ? and recipient = ?",
				String.class, month.toString(), recipient.username()).isEmpty()) {
			return false;
		}
		try {
			jdbc.update("insert into review_mail (review_month, recipient, sent_at) values (?, ?, ?)", month.toString(),
					recipient.username(), Timestamp.from(clock.instant()));
		}
		catch (DuplicateKeyException sentMeanwhile) {
			status.setRollbackOnly();
			return false;
		}
		ReviewScope scope = new ReviewScope(month.atDay(1), month.atEndOfMonth(), recipient.department());
		ServiceReview review = reviews.of(scope);
		String path = UriComponentsBuilder.fromPath("/review")
			.queryParam("from", scope.from())
			.queryParam("to", scope.to())
			.queryParamIfPresent("department", java.util.Optional.ofNullable(recipient.department()))
			.encode()
			.build()
			.toUriString();
		events.publishEvent(new MonthlyReviewReady(recipient.username(), month.toString(), recipient.department(),
				path, summary(review)));
		return true;
	}

	static MonthlyReviewReady.Summary summary(ServiceReview review) {
		int answered = review.responseTimes().stream()
			.filter(time -> !time.kind().equals("ACKNOWLEDGEMENT"))
			.mapToInt(ServiceReview.ResponseTime::answered)
			.sum();
		int onTime = review.responseTimes().stream()
			.filter(time -> !time.kind().equals("ACKNOWLEDGEMENT"))
			.mapToInt(ServiceReview.ResponseTime::onTime)
			.sum();
		ServiceReview.MonthlyCount top = review.requestsPerStandard().isEmpty() ? null
				: review.requestsPerStandard().get(0);
		return new MonthlyReviewReady.Summary(review.outcomes().total(), review.outcomes().decidedByRules(),
				review.outcomes().decidedByPeople(), review.outcomes().waiting(),
				answered == 0 ? null : (int) Math.round(100.0 * onTime / answered), review.overdueNow(),
				review.satisfaction().average(), review.satisfaction().answers(),
				review.activeExceptions().stream().mapToInt(ServiceReview.ActiveCount::count).sum(),
				review.expiringSoon().size(), review.renewals().size(), top == null ? null : top.standardName(),
				top == null ? 0 : top.total());
	}

}
