package com.leeway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders under target/ for tests that edit rules or keep a database file; never the shipped rules/.
 */
public final class TestFolders {

	private TestFolders() {
	}

	/** A fresh folder holding a copy of the shipped rules/ folder under {@code rules/}. */
	public static Path withShippedRules(String prefix) throws IOException {
		Files.createDirectories(Path.of("target"));
		Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), prefix);
		copy(Path.of("rules"), folder.resolve("rules"));
		return folder;
	}

	public static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

	public static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
