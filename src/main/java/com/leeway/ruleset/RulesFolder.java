package com.leeway.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.springframework.stereotype.Component;

import com.leeway.ruling.RuleSetFiles;

/** The rules folder on disk ({@code leeway.rules.dir}): read as a rule set, and written when one is published. */
@Component
class RulesFolder {

	private final Path folder;

	RulesFolder(RulesProperties properties) {
		this.folder = properties.dir();
	}

	Path path() {
		return folder;
	}

	RuleSetFiles read() {
		return RuleSetFiles.readFolder(folder);
	}

	/** Makes the rules folder hold exactly the given files, each replaced in one move. */
	void write(RuleSetFiles files) {
		try {
			Files.createDirectories(folder);
			RuleSetFiles current = read();
			for (String path : current.paths()) {
				if (files.content(path) == null) {
					Files.deleteIfExists(folder.resolve(path));
				}
			}
			for (var entry : files.files().entrySet()) {
				if (Arrays.equals(current.content(entry.getKey()), entry.getValue())) {
					continue;
				}
				Path target = folder.resolve(entry.getKey()).normalize();
				if (!target.startsWith(folder.normalize())) {
					throw new IllegalArgumentException("A rule file must stay inside the rules folder: " + entry.getKey());
				}
				Files.createDirectories(target.getParent());
				Path temporary = target.resolveSibling("." + target.getFileName() + ".publishing");
				Files.write(temporary, entry.getValue());
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the rules folder " + folder, ex);
		}
	}

}
