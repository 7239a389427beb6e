package com.leeway.ruling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The owner of a standard as standards.yaml names them, and every way to reach them checked when read. */
class StandardOwnerTests {

	static StandardsCatalogue read(String owner, List<RuleProblem> problems) {
		String yaml = """
				standards:
				  - key: WORD_PROCESSING
				    name: Word processing
				    status: approved
				    reason: One suite for everyone.
				""" + owner;
		return StandardsCatalogue.parse(yaml.getBytes(StandardCharsets.UTF_8), problems);
	}

	@Test
	void aStandardNamesItsOwnerWithWorkingEmailTelephoneAndChatLinks() {
		List<RuleProblem> problems = new ArrayList<>();
		StandardOwner owner = read("""
				    owner:
				      name: Priya Shah
				      email: priya.shah@example.com
				      phone: "+49 (30) 1234-5678"
				      chat: https://chat.example.com/priya
				""", problems).find("WORD_PROCESSING").orElseThrow().owner();

		assertThat(problems).isEmpty();
		assertThat(owner.name()).isEqualTo("Priya Shah");
		assertThat(owner.emailLink()).isEqualTo("mailto:priya.shah@example.com");
		assertThat(owner.phoneLink()).isEqualTo("tel:+493012345678");
		assertThat(owner.chat()).isEqualTo("https://chat.example.com/priya");
	}

	@Test
	void aStandardWithoutAnOwnerStillReads() {
		List<RuleProblem> problems = new ArrayList<>();
		assertThat(read("", problems).find("WORD_PROCESSING").orElseThrow().owner()).isNull();
		assertThat(problems).isEmpty();
	}

	@Test
	void anOwnerWhoseLinksAreNotWhatTheyClaimIsRefusedWithTheLineAndAPlainReason() {
		for (String bad : List.of("      name: Priya\n      chat: javascript:alert(1)\n",
				"      name: Priya\n      email: \"priya\\\" onmouseover=x\"\n",
				"      name: Priya\n      phone: call me maybe\n", "      email: priya@example.com\n")) {
			List<RuleProblem> problems = new ArrayList<>();
			StandardsCatalogue catalogue = read("    owner:\n" + bad, problems);
			assertThat(problems).as(bad).hasSize(1);
			// The first line under "owner:".
			assertThat(problems.get(0).line()).as(bad).isEqualTo(7);
			assertThat(problems.get(0).message()).as(bad).contains("owner");
			assertThat(catalogue.find("WORD_PROCESSING").orElseThrow().owner()).as(bad).isNull();
		}
	}

}
