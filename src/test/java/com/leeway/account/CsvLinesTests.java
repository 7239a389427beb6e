package com.leeway.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** People imported from CSV are read as RFC 4180 says, and every line keeps the number it starts on. */
class CsvLinesTests {

	@Test
	void readsQuotedValuesWithCommasQuotesAndLineBreaks() {
		List<CsvLines.Line> lines = CsvLines.read("a,b\r\n\"Carla, Jr.\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,one");

		assertThat(lines).extracting(CsvLines.Line::number).containsExactly(1, 2, 3, 5);
		assertThat(lines.get(1).values()).containsExactly("Carla, Jr.", "say \"hi\"");
		assertThat(lines.get(2).values()).containsExactly("two\nlines", "x");
		assertThat(lines.get(3).values()).containsExactly("last", "one");
	}

	@Test
	void skipsAByteOrderMarkAndKeepsEmptyValues() {
		assertThat(CsvLines.read("\uFEFFa,,c\n").get(0).values()).containsExactly("a", "", "c");
	}

	@Test
	void namesTheLineWhereQuotesAreNeverClosed() {
		assertThatThrownBy(() -> CsvLines.read("a,b\nc,\"open\n\nmore"))
			.isInstanceOfSatisfying(CsvLines.Unreadable.class, ex -> assertThat(ex.line()).isEqualTo(2));
	}

}
