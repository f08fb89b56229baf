package org.govassist.server.rating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.govassist.server.api.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ratings/summary?from=&to=&by=day|department|guide|agent}: satisfaction (好差评)
 * for supervisors, roles ADMIN and EDITOR.
 *
 * <p>Thread-safe.
 */
@RestController
final class RatingSummaryController {

	/** The longest range one summary covers, in days. */
	static final int MAX_DAYS = 366;

	/** The range without {@code from}: the last 30 days up to {@code to}. */
	private static final int DEFAULT_DAYS = 30;

	private final RatingSummary summary;

	RatingSummaryController(RatingSummary summary) {
		this.summary = summary;
	}

	/**
	 * The summary.
	 *
	 * @param from the first day ({@code yyyy-MM-dd}, in the reports' time zone); default 29 days
	 * before {@code to}
	 * @param to the last day; default today
	 * @param by what the rows stand for; default {@code day}
	 * @return the rows
	 */
	@GetMapping("/api/ratings/summary")
	List<SummaryRow> summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "day") String by) {
		SummaryGrouping grouping = SummaryGrouping.ofParameter(by);
		if (grouping == null) {
			throw new InvalidRequestException("by", "应为 " + Arrays.stream(SummaryGrouping.values())
				.map(SummaryGrouping::parameter)
				.collect(Collectors.joining("、")) + " 之一");
		}
		LocalDate last = to != null ? to : summary.today();
		LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
		if (first.isAfter(last)) {
			throw new InvalidRequestException("from", "不能晚于 to");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidRequestException("to", "一次最多统计 " + MAX_DAYS + " 天");
		}
		return summary.summarise(first, last, grouping);
	}

}
