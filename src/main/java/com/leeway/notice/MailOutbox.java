package com.leeway.notice;

import java.time.Clock;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.account.Actor;
import com.leeway.account.Directory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the e-mail of stored notices, as text and HTML from the mail templates, in the recipient's language. Each notice is marked in the same transaction in which its mail is handed
 * to the SMTP server, so a failed send is tried again and a sent one is not sent twice by another run. Without
 * a mail server ({@code spring.mail.host} unset) mails are written to the log instead.
 */
@Service
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final NoticeRepository notices;

	private final Directory directory;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final NoticeWriter writer;

	private final RecipientLocales locales;

	MailOutbox(NoticeRepository notices, Directory directory, ObjectProvider<JavaMailSender> mailSender,
			TransactionTemplate transactions, Clock clock, NoticeWriter writer, RecipientLocales locales) {
		this.notices = notices;
		this.writer = writer;
		this.locales = locales;
		this.directory = directory;
		this.mailSender = mailSender;
		this.transactions = transactions;
		this.clock = clock;
		if (mailSender.getIfAvailable() == null) {
			log.info("No mail server is configured (spring.mail.host): e-mails are written to the log instead of sent.");
		}
	}

	@Scheduled(fixedDelayString = "${leeway.mail.interval:10s}", initialDelayString = "${leeway.mail.interval:10s}")
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "5m")
	public void scheduled() {
		sendPending();
	}

	/** Sends what is waiting; returns how many notices were handled. */
	public int sendPending() {
		int handled = 0;
		for (Notice pending : notices.findTop100ByEmailedAtIsNullOrderByIdAsc()) {
			Boolean done = transactions.execute(status -> {
				Notice notice = notices.findById(pending.getId()).orElse(null);
				if (notice == null || notice.getEmailedAt() != null) {
					return false;
				}
				if (notice.isEssential() || directory.wantsEveryNoticeByEmail(notice.getRecipient())) {
					directory.find(notice.getRecipient()).ifPresent(recipient -> mail(recipient, notice));
				}
				notice.markEmailed(clock.instant());
				return true;
			});
			handled += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return handled;
	}

	private void mail(Actor recipient, Notice notice) {
		NoticeWriter.Mail mail = writer.mail(locales.of(recipient.username()), recipient.displayName(),
				notice.getSubject(), notice.getBody(), notice.getLink());
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.info("E-mail to {} <{}>: {}\n{}", recipient.displayName(), recipient.email(), notice.getSubject(), mail.text());
			return;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom("leeway@leeway.example");
			helper.setTo(recipient.email());
			helper.setSubject(notice.getSubject());
			helper.setText(mail.text(), mail.html());
			sender.send(message);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException("Could not build the e-mail for notice " + notice.getId(), ex);
		}
	}

}
