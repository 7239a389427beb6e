package com.leeway.ruling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one rule set, by path relative to the rules folder ({@code /} separated), and the content hash
 * that names the rule set on every ruling it makes.
 */
public final class RuleSetFiles {

	/** Largest file taken into a rule set; anything bigger is almost certainly not a rule file. */
	public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	private final SortedMap<String, byte[]> files;

	private final String hash;

	public RuleSetFiles(Map<String, byte[]> files) {
		this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
		this.hash = hash(this.files);
	}

	/** Reads the rule files below a folder: DRL, decision tables, the standards and the rule tests. */
	public static RuleSetFiles readFolder(Path folder) {
		Map<String, byte[]> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return new RuleSetFiles(files);
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				String relative = folder.relativize(path).toString().replace('\\', '/');
				if (isRuleSetFile(relative) && Files.size(path) <= MAX_FILE_BYTES) {
					files.put(relative, Files.readAllBytes(path));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the rules folder " + folder, ex);
		}
		return new RuleSetFiles(files);
	}

	/** Whether a path is part of a rule set; editor backups and hidden files are not. */
	public static boolean isRuleSetFile(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		if (name.startsWith(".") || name.startsWith("~") || path.contains("/.")) {
			return false;
		}
		return isRuleFile(path) || path.equals(StandardsCatalogue.FILE) || isTestFile(path);
	}

	public static boolean isRuleFile(String path) {
		return path.endsWith(".drl") || isDecisionTable(path);
	}

	public static boolean isDecisionTable(String path) {
		return path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx");
	}

	public static boolean isTestFile(String path) {
		return path.startsWith("tests/") && (path.endsWith(".yaml") || path.endsWith(".yml"));
	}

	public SortedMap<String, byte[]> files() {
		return files;
	}

	public List<String> paths() {
		return List.copyOf(files.keySet());
	}

	public byte[] content(String path) {
		return files.get(path);
	}

	public String text(String path) {
		byte[] content = files.get(path);
		return content == null ? null : new String(content, StandardCharsets.UTF_8);
	}

	/** The SHA-256 of every path and content, in path order: equal content means an equal version. */
	public String hash() {
		return hash;
	}

	public boolean isEmpty() {
		return files.isEmpty();
	}

	private static String hash(SortedMap<String, byte[]> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((path, content) -> {
				digest.update(path.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(content);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
