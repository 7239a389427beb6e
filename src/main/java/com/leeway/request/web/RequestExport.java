package com.leeway.request.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.request.RequestFilter;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestRow;
import com.leeway.system.InvalidInput;
import com.leeway.system.ReaderZone;

/**
 * Writes a request list as CSV or as an Excel workbook: exactly the rows of the filtered list, in its order, and
 * its columns, with values as people read them (status words in the reader's language, dates in words in the
 * reader's time zone). At most {@link #MOST_ROWS} rows; the rows stream from the database to the answer, the
 * workbook keeping only a window of them in memory.
 */
@Component
class RequestExport {

	static final int MOST_ROWS = 100_000;

	/** The columns of a list, as its page shows them. */
	enum Columns {

		/** Every request (IT staff, the API): who asked, from which department. */
		ALL(List.of(Column.REFERENCE, Column.PRODUCT, Column.STANDARD, Column.REQUESTER, Column.DEPARTMENT,
				Column.SUBMITTED, Column.STATUS, Column.VALID_UNTIL)),
		/** A requester's own: who holds each request and by when, no requester. */
		MINE(List.of(Column.REFERENCE, Column.PRODUCT, Column.STANDARD, Column.SUBMITTED, Column.STATUS,
				Column.VALID_UNTIL, Column.WITH));

		final List<Column> columns;

		Columns(List<Column> columns) {
			this.columns = columns;
		}

	}

	enum Column {

		REFERENCE("list.reference", (row, words) -> row.reference()),
		PRODUCT("list.product", (row, words) -> row.product()),
		STANDARD("list.standard", (row, words) -> row.standardName()),
		REQUESTER("list.requester", (row, words) -> row.requesterName()),
		DEPARTMENT("list.department", (row, words) -> row.department()),
		SUBMITTED("list.submitted", (row, words) -> words.day(row.submittedAt())),
		STATUS("list.status", (row, words) -> words.text("status." + row.status().name())),
		VALID_UNTIL("list.validUntil", (row, words) -> words.day(row.expiresAt())),
		WITH("list.with", (row, words) -> row.agenda() == null || row.agenda().holders().isEmpty() ? ""
				: words.text("list.with.value", row.agenda().holderNames(), words.day(row.agenda().dueAt())));

		final String key;

		final BiFunction<RequestRow, Words, String> value;

		Column(String key, BiFunction<RequestRow, Words, String> value) {
			this.key = key;
			this.value = value;
		}

	}

	/** The reader's words: messages and dates in their language and time zone. */
	record Words(MessageSource messages, Locale locale, DateTimeFormatter days) {

		String text(String key, Object... arguments) {
			return messages.getMessage(key, arguments, key, locale);
		}

		String day(Instant instant) {
			return instant == null ? "" : days.format(instant);
		}

	}

	enum Format {
		CSV, XLSX
	}

	private final RequestQueries queries;

	private final MessageSource messages;

	private final Clock clock;

	RequestExport(RequestQueries queries, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	static Format format(String text) {
		if (text == null || text.isBlank()) {
			return Format.CSV;
		}
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "csv" -> Format.CSV;
			case "xlsx" -> Format.XLSX;
			default -> throw InvalidInput.of("format", "export.format.unknown");
		};
	}

	void write(Actor actor, RequestFilter filter, Columns columns, Format format, HttpServletResponse response)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		ZoneId zone = ReaderZone.current();
		Words words = new Words(messages, locale,
				DateTimeFormatter.ofPattern(messages.getMessage("format.day", null, locale), locale).withZone(zone));
		String name = "requests-" + LocalDate.now(clock.withZone(zone)) + (format == Format.CSV ? ".csv" : ".xlsx");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
		response.setHeader("Cache-Control", "no-store");
		if (format == Format.CSV) {
			response.setContentType("text/csv;charset=UTF-8");
			csv(actor, filter, columns, words, response.getOutputStream());
		}
		else {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			xlsx(actor, filter, columns, words, response.getOutputStream());
		}
	}

	private void csv(Actor actor, RequestFilter filter, Columns columns, Words words, OutputStream out)
			throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		// A byte order mark, so spreadsheet programs read the file as UTF-8.
		writer.write('\uFEFF');
		line(writer, columns.columns.stream().map(column -> words.text(column.key)).toList());
		try {
			queries.rows(actor, filter, MOST_ROWS, row -> {
				try {
					line(writer, columns.columns.stream().map(column -> column.value.apply(row, words)).toList());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.flush();
	}

	private static void line(Writer writer, List<String> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(csvValue(values.get(i)));
		}
		writer.write("\r\n");
	}

	/**
	 * A value as one CSV field: quoted when it holds a comma, quote or line break; a value a spreadsheet would take
	 * for a formula (=, +, -, @) is kept as text with a leading apostrophe.
	 */
	static String csvValue(String value) {
		if (value == null) {
			return "";
		}
		String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private void xlsx(Actor actor, RequestFilter filter, Columns columns, Words words, OutputStream out)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			workbook.setCompressTempFiles(true);
			SXSSFSheet sheet = workbook.createSheet(words.text("export.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < columns.columns.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(words.text(columns.columns.get(i).key));
				cell.setCellStyle(bold);
				// Fixed widths: measuring text would need the system's fonts, which a server may not have.
				sheet.setColumnWidth(i, 24 * 256);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			queries.rows(actor, filter, MOST_ROWS, row -> {
				Row line = sheet.createRow(next[0]++);
				for (int i = 0; i < columns.columns.size(); i++) {
					line.createCell(i).setCellValue(columns.columns.get(i).value.apply(row, words));
				}
			});
			workbook.write(out);
			workbook.dispose();
		}
	}

}
