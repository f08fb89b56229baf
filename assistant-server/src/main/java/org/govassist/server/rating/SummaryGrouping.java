package org.govassist.server.rating;

import java.util.Locale;

/** What the rows of a ratings summary stand for, as {@code by} names it. */
enum SummaryGrouping {

	/** One row per day, in the reports' time zone, every day of the range included. */
	DAY,
	/** One row per department of the rated guides. */
	DEPARTMENT,
	/** One row per rated guide. */
	GUIDE,
	/** One row per agent. */
	AGENT;

	/** The value of {@code by}, e.g. {@code day}. */
	String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	static SummaryGrouping ofParameter(String parameter) {
		for (SummaryGrouping grouping : values()) {
			if (grouping.parameter().equals(parameter)) {
				return grouping;
			}
		}
		return null;
	}

}
