package com.leeway.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a table of a review page and a CSV download into rows of text, to compare them. */
final class ReviewTestSupport {

	private ReviewTestSupport() {
	}

	/** The rows (header row first) of the table with this id on the page. */
	static List<List<String>> tableRows(String html, String tableId) {
		int start = html.indexOf("<table id=\"" + tableId + "\"");
		if (start < 0) {
			throw new AssertionError("No table " + tableId + " on the page");
		}
		String table = html.substring(start, html.indexOf("</table>", start));
		List<List<String>> rows = new ArrayList<>();
		Matcher row = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(table);
		while (row.find()) {
			if (row.group(0).contains("class=\"empty\"")) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
			while (cell.find()) {
				cells.add(unescape(cell.group(1).replaceAll("<[^>]+>", "").trim()));
			}
			rows.add(cells);
		}
		return rows;
	}

	static String unescape(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&nbsp;", "\u00a0").replace("&amp;", "&");
	}

	/** A browser-like client signed in through the login form, reading pages and downloads as bytes. */
	static final class SignedIn {

		private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.build();

		private final String baseUrl;

		SignedIn(int port, String user) {
			this.baseUrl = "http://localhost:" + port;
			Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
				.matcher(new String(get("/login").body(), java.nio.charset.StandardCharsets.UTF_8));
			if (!token.find()) {
				throw new IllegalStateException("The login page has no form token.");
			}
			String form = "username=" + user + "&password=" + user + "&_csrf="
					+ java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
			send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
		}

		java.net.http.HttpResponse<byte[]> get(String path) {
			return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path)).GET());
		}

		private java.net.http.HttpResponse<byte[]> send(java.net.http.HttpRequest.Builder request) {
			try {
				return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** RFC 4180 CSV into rows. */
	static List<List<String>> csvRows(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r') {
				continue;
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

}
