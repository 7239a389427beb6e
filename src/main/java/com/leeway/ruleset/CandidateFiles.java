package com.leeway.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.yaml.snakeyaml.error.YAMLException;

import com.leeway.ruling.RuleSetFiles;
import com.leeway.ruling.RuleSetYaml;
import com.leeway.system.InvalidInput;

/**
 * A candidate rule set as people send it (from the API, the editor or a change set), put together and checked
 * before anything is compiled or stored: the limits on files and sizes, safe file names, base64 spreadsheets and
 * YAML within the reader's limits. Each refusal names the field and says what is wrong.
 */
public final class CandidateFiles {

	private CandidateFiles() {
	}

	/** Files (text and binary together) one request may send or delete. */
	public static final int MAX_FILES = 500;

	/** Bytes of one file; rule files are a few kilobytes, a large decision table a few hundred. */
	public static final int MAX_FILE_BYTES = 1_000_000;

	/** Bytes of the whole candidate. */
	public static final int MAX_TOTAL_BYTES = 10_000_000;

	public static final int MAX_NOTE = 2000;

	/**
	 * The candidate rule set, checked field by field before anything is compiled or stored: how many files,
	 * their names, that each has content of a sane size, that spreadsheets are valid base64, that deleted names
	 * exist, and that YAML stays within the reader's limits. The files sent are laid over the active ones (unless
	 * they replace them all); deleted names leave.
	 */
	public static RuleSetFiles assemble(Map<String, byte[]> active, Map<String, String> textFiles,
			Map<String, String> binaryFiles, List<String> deleted, boolean replaceAll) {
		int sent = size(textFiles) + size(binaryFiles);
		if (sent > MAX_FILES) {
			throw InvalidInput.of("files", "ruleset.files.tooMany", MAX_FILES);
		}
		if (size(deleted) > MAX_FILES) {
			throw InvalidInput.of("deleted", "ruleset.files.tooMany", MAX_FILES);
		}
		Map<String, byte[]> files = new TreeMap<>();
		if (!replaceAll) {
			files.putAll(active);
		}
		if (deleted != null) {
			for (String path : deleted) {
				if (path == null || path.isBlank()) {
					throw InvalidInput.of("deleted", "ruleset.deleted.invalid");
				}
				if (!active.containsKey(path)) {
					throw InvalidInput.of("deleted", "ruleset.deleted.unknown", shortened(path));
				}
				files.remove(path);
			}
		}
		if (textFiles != null) {
			textFiles.forEach((path, text) -> {
				String field = "files." + checkedPath(path, "files");
				if (path.endsWith(".xlsx")) {
					throw InvalidInput.of(field, "ruleset.file.binaryOnly");
				}
				byte[] content = checkedContent(field, path, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
				checkYaml(field, path, text);
				files.put(path, content);
			});
		}
		if (binaryFiles != null) {
			binaryFiles.forEach((path, base64) -> {
				String field = "binaryFiles." + checkedPath(path, "binaryFiles");
				if (!path.endsWith(".xlsx")) {
					throw InvalidInput.of(field, "ruleset.file.binaryOnly");
				}
				files.put(path, checkedContent(field, path, decoded(field, path, base64)));
			});
		}
		long total = files.values().stream().mapToLong(content -> content.length).sum();
		if (total > MAX_TOTAL_BYTES) {
			throw InvalidInput.of("files", "ruleset.files.tooLarge", MAX_TOTAL_BYTES);
		}
		return new RuleSetFiles(files);
	}

	public static void checkNote(String note) {
		if (note != null && note.length() > MAX_NOTE) {
			throw InvalidInput.of("note", "ruleset.note.size");
		}
		if (!InvalidInput.isPlainText(note)) {
			throw InvalidInput.of("note", "text.controlCharacters");
		}
	}

	public static String checkedPath(String path) {
		return checkedPath(path, "files");
	}

	public static String checkedPath(String path, String field) {
		if (path == null || !path.matches("[A-Za-z0-9._/-]{1,200}") || !RuleSetFiles.isRuleSetFile(path)
				|| path.contains("..") || path.startsWith("/") || path.contains("//") || path.endsWith("/")) {
			throw InvalidInput.of(field, "ruleset.path.invalid");
		}
		return path;
	}

	public static byte[] checkedContent(String field, String path, byte[] content) {
		if (content == null || content.length == 0) {
			throw InvalidInput.of(field, "ruleset.file.empty", path);
		}
		if (content.length > MAX_FILE_BYTES) {
			throw InvalidInput.of(field, "ruleset.file.tooLarge", path, MAX_FILE_BYTES);
		}
		return content;
	}

	public static byte[] decoded(String field, String path, String base64) {
		if (base64 == null) {
			return null;
		}
		if (base64.length() > MAX_FILE_BYTES * 4L / 3 + 4) {
			throw InvalidInput.of(field, "ruleset.file.tooLarge", path, MAX_FILE_BYTES);
		}
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of(field, "ruleset.file.base64", path);
		}
	}

	/** YAML beyond the reader's limits is refused here; mistakes in the text are reported by the check. */
	public static void checkYaml(String field, String path, String text) {
		if (!path.endsWith(".yaml") && !path.endsWith(".yml")) {
			return;
		}
		try {
			RuleSetYaml.compose(text);
		}
		catch (YAMLException ex) {
			if (RuleSetYaml.isLimit(ex)) {
				throw InvalidInput.of(field, "ruleset.yaml.tooComplex", path, shortened(String.valueOf(ex.getMessage())));
			}
		}
	}

	private static int size(Map<?, ?> map) {
		return map == null ? 0 : map.size();
	}

	private static int size(List<?> list) {
		return list == null ? 0 : list.size();
	}

	private static String shortened(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}

}
