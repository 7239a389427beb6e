package com.leeway.system.web;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Amounts typed into a page's form the reader's way: in German "1200,50" and "1.200,50" are 1200.50. English keeps
 * the plain "1200.50". The API takes JSON numbers and is not concerned.
 */
@ControllerAdvice(annotations = Controller.class)
class LocalNumbers {

	@InitBinder
	void decimalsOfTheReader(WebDataBinder binder, Locale locale) {
		if (DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',') {
			binder.registerCustomEditor(BigDecimal.class, new CommaDecimals());
		}
	}

	/** A decimal comma, with dots (or spaces) grouping the thousands. */
	static class CommaDecimals extends CustomNumberEditor {

		CommaDecimals() {
			super(BigDecimal.class, true);
		}

		@Override
		public void setAsText(String text) {
			String number = text == null ? null : text.strip().replace(" ", "").replace("\u00a0", "");
			if (number != null && number.contains(",")) {
				number = number.replace(".", "").replace(',', '.');
			}
			else if (number != null && number.matches("-?\\d{1,3}(\\.\\d{3})+")) {
				number = number.replace(".", ""); // "1.200": thousands, as a German reader writes them
			}
			super.setAsText(number);
		}

		@Override
		public String getAsText() {
			return getValue() instanceof BigDecimal value ? value.toPlainString().replace('.', ',') : "";
		}

	}

}
