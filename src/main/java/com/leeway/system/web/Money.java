package com.leeway.system.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts as people read them on pages: in the company currency ({@code leeway.currency}, EUR unless set), written
 * the reader's way: {@code ${@money.amount(request.estimatedCost())}} reads "€1,200.00" in English and "1.200,00 €"
 * in German.
 */
@Component("money")
class Money {

	private final Currency currency;

	Money(@Value("${leeway.currency:EUR}") String currency) {
		this.currency = Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT));
	}

	public String amount(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
		format.setCurrency(currency);
		return format.format(amount);
	}

	/** The currency's name in the reader's language ("Euro", "US-Dollar"), for form help. */
	public String currencyName() {
		return currency.getDisplayName(LocaleContextHolder.getLocale());
	}

}
