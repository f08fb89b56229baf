package org.govassist.server.rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govassist.server.system.ReportProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts ratings by level over a range of days, grouped by day, department, guide or agent.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class RatingSummary {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	RatingSummary(JdbcClient jdbc, ReportProperties properties) {
		this.jdbc = jdbc;
		this.zone = properties.zone();
	}

	/** The reports' today. */
	LocalDate today() {
		return LocalDate.now(zone);
	}

	/**
	 * The summary of the ratings given from the start of one day to the end of another, in the
	 * reports' time zone.
	 *
	 * @param from the first day
	 * @param to the last day, not before {@code from}
	 * @param grouping what the rows stand for
	 * @return by day: a row for every day in order; else a row for every key rated, most ratings
	 * first
	 */
	List<SummaryRow> summarise(LocalDate from, LocalDate to, SummaryGrouping grouping) {
		OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		return grouping == SummaryGrouping.DAY ? byDay(from, to, start, end) : byColumn(column(grouping), start, end);
	}

	private List<SummaryRow> byDay(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {
		Map<LocalDate, long[]> counts = new LinkedHashMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			counts.put(day, new long[RatingTags.HIGHEST_LEVEL + 1]);
		}
		jdbc.sql("SELECT rated, level FROM rating WHERE rated >= :start AND rated < :end")
			.param("start", start)
			.param("end", end)
			.query(row -> {
				LocalDate day = row.getObject("rated", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
				counts.get(day)[row.getInt("level")]++;
			});
		List<SummaryRow> rows = new ArrayList<>(counts.size());
		counts.forEach((day, levels) -> rows.add(SummaryRow.of(day.toString(), levels)));
		return rows;
	}

	private List<SummaryRow> byColumn(String column, OffsetDateTime start, OffsetDateTime end) {
		Map<String, long[]> counts = new HashMap<>();
		jdbc.sql("SELECT " + column + " AS rated_key, level, COUNT(*) AS ratings FROM rating"
				+ " WHERE rated >= :start AND rated < :end GROUP BY " + column + ", level")
			.param("start", start)
			.param("end", end)
			.query(row -> {
				counts.computeIfAbsent(row.getString("rated_key"), key -> new long[RatingTags.HIGHEST_LEVEL + 1])[row
					.getInt("level")] += row.getLong("ratings");
			});
		return counts.entrySet()
			.stream()
			.map(entry -> SummaryRow.of(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingLong(SummaryRow::count)
				.reversed()
				.thenComparing(SummaryRow::key, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private static String column(SummaryGrouping grouping) {
		return switch (grouping) {
			case DEPARTMENT -> "department";
			case GUIDE -> "guide_id";
			case AGENT -> "agent";
			case DAY -> throw new IllegalArgumentException("days are not a column");
		};
	}

}
