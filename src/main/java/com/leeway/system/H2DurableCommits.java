package com.leeway.system;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Makes an embedded H2 file database write every commit to the file before the commit returns, so an answer the
 * desk has given survives a crash or kill of the process. H2 otherwise writes commits up to half a second later.
 * A URL without {@code WRITE_DELAY} gets {@code ;WRITE_DELAY=0}; a URL that names another delay is kept (the
 * operator chose it) with a warning. In-memory, remote and non-H2 URLs are left alone.
 */
@Component
class H2DurableCommits implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(H2DurableCommits.class);

	private static final Pattern WRITE_DELAY = Pattern.compile(";\\s*WRITE_DELAY\\s*=\\s*([^;]*)",
			Pattern.CASE_INSENSITIVE);

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
			String url = durable(properties.getUrl());
			if (!url.equals(properties.getUrl())) {
				log.info("The H2 database URL does not set WRITE_DELAY; using WRITE_DELAY=0 so that every commit is "
						+ "written to the file before it returns");
				properties.setUrl(url);
			}
		}
		return bean;
	}

	/** The URL, with {@code ;WRITE_DELAY=0} added if it is an embedded H2 file URL that does not set a delay. */
	static String durable(String url) {
		if (!isEmbeddedH2File(url)) {
			return url;
		}
		Matcher delay = WRITE_DELAY.matcher(url);
		if (delay.find()) {
			if (!delay.group(1).trim().equals("0")) {
				log.warn("The H2 database URL sets WRITE_DELAY={}: requests acknowledged within that time before a "
						+ "crash or kill of the process can be lost. WRITE_DELAY=0 avoids this.", delay.group(1).trim());
			}
			return url;
		}
		return url + ";WRITE_DELAY=0";
	}

	static boolean isEmbeddedH2File(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("jdbc:h2:")) {
			return false;
		}
		String rest = lower.substring("jdbc:h2:".length());
		return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")
				|| rest.startsWith("zip:"));
	}

}
