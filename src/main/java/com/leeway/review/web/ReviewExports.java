package com.leeway.review.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.leeway.review.ReviewTables.Table;

/**
 * A review table as a download: CSV (RFC 4180, UTF-8, the header row first) or an Excel workbook with one sheet;
 * the same header and rows as the table on the page.
 */
final class ReviewExports {

	private ReviewExports() {
	}

	static byte[] csv(Table table) {
		StringBuilder csv = new StringBuilder();
		line(csv, table.headers());
		table.rows().forEach(row -> line(csv, row));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/** Quotes a field that needs it; a field starting like a formula is kept as text for spreadsheet programs. */
	static String field(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.,]+")) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	static byte[] xlsx(Table table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName(table.title()));
			XSSFCellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < table.headers().size(); i++) {
				header.createCell(i).setCellValue(table.headers().get(i));
				header.getCell(i).setCellStyle(bold);
			}
			for (int r = 0; r < table.rows().size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = table.rows().get(r);
				for (int i = 0; i < cells.size(); i++) {
					row.createCell(i).setCellValue(cells.get(i));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sheetName(String title) {
		String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
		return name.isEmpty() ? "Review" : name.substring(0, Math.min(31, name.length()));
	}

}
