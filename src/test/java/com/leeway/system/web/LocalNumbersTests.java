package com.leeway.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** A German reader types amounts with a decimal comma and dots between the thousands; both are understood. */
class LocalNumbersTests {

	@Test
	void readsAmountsWrittenTheGermanWay() {
		assertThat(read("1200,50")).isEqualByComparingTo("1200.50");
		assertThat(read("1.200,50")).isEqualByComparingTo("1200.50");
		assertThat(read("1 200,5")).isEqualByComparingTo("1200.5");
		assertThat(read("1.200")).isEqualByComparingTo("1200");
		assertThat(read("250")).isEqualByComparingTo("250");
		assertThat(read("1200.5")).as("a dot before fewer than three digits is a decimal point")
			.isEqualByComparingTo("1200.5");
		assertThat(read("")).isNull();
	}

	@Test
	void refusesWhatIsNotAnAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> read("zwölf"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("1,2,3"));
	}

	@Test
	void showsAnAmountBackWithADecimalComma() {
		LocalNumbers.CommaDecimals editor = new LocalNumbers.CommaDecimals();
		editor.setValue(new BigDecimal("1200.50"));
		assertThat(editor.getAsText()).isEqualTo("1200,50");
	}

	private static BigDecimal read(String text) {
		LocalNumbers.CommaDecimals editor = new LocalNumbers.CommaDecimals();
		editor.setAsText(text);
		return (BigDecimal) editor.getValue();
	}

}
