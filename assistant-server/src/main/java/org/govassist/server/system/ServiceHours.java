package org.govassist.server.system;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When helpdesk agents take chats, as written in {@code assistant.handoff.hours}: comma-separated
 * entries of days and a time range, e.g. {@code MON-FRI 09:00-17:30, SAT 09:00-12:00}. Days are
 * {@code MON} to {@code SUN}, alone or as a range ({@code MON-FRI}, wrapping past Sunday as in
 * {@code SAT-MON}); times are {@code HH:mm} from {@code 00:00} to {@code 24:00}, the start before
 * the end. A day may have several entries. Blank means always.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceHours {

	private static final Pattern ENTRY = Pattern
		.compile("([A-Za-z]{3})(?:\\s*-\\s*([A-Za-z]{3}))?\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

	private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY, "WED",
			DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT", DayOfWeek.SATURDAY, "SUN",
			DayOfWeek.SUNDAY);

	private static final int MINUTES_PER_DAY = 24 * 60;

	private final List<Span> spans;

	private ServiceHours(List<Span> spans) {
		this.spans = List.copyOf(spans);
	}

	/** Hours that never end. */
	public static ServiceHours always() {
		return new ServiceHours(List.of());
	}

	/**
	 * Reads hours.
	 *
	 * @param text e.g. {@code MON-FRI 09:00-17:30, SAT 09:00-12:00}; {@code null} or blank for always
	 * @return the hours
	 * @throws IllegalArgumentException naming the entry at fault and what is wrong with it
	 */
	public static ServiceHours parse(String text) {
		if (text == null || text.isBlank()) {
			return always();
		}
		List<Span> spans = new ArrayList<>();
		for (String entry : text.split(",")) {
			String trimmed = entry.trim();
			Matcher matcher = ENTRY.matcher(trimmed);
			if (!matcher.matches()) {
				throw new IllegalArgumentException("\"" + trimmed + "\" is not days and a time range such as "
						+ "MON-FRI 09:00-17:30");
			}
			DayOfWeek first = day(matcher.group(1), trimmed);
			DayOfWeek last = matcher.group(2) == null ? first : day(matcher.group(2), trimmed);
			int start = minutes(matcher.group(3), trimmed);
			int end = minutes(matcher.group(4), trimmed);
			if (start >= end) {
				throw new IllegalArgumentException("in \"" + trimmed + "\" the start " + matcher.group(3)
						+ " is not before the end " + matcher.group(4));
			}
			Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
			for (DayOfWeek day = first;; day = day.plus(1)) {
				days.add(day);
				if (day == last) {
					break;
				}
			}
			spans.add(new Span(days, start, end));
		}
		return new ServiceHours(spans);
	}

	/** Whether these hours are always open. */
	public boolean isAlways() {
		return spans.isEmpty();
	}

	/**
	 * Whether agents take chats at a time.
	 *
	 * @param time the time, in the zone the hours are meant in
	 */
	public boolean isOpen(ZonedDateTime time) {
		if (spans.isEmpty()) {
			return true;
		}
		int minute = time.getHour() * 60 + time.getMinute();
		return spans.stream().anyMatch(span -> span.days().contains(time.getDayOfWeek()) && minute >= span.start()
				&& minute < span.end());
	}

	private static DayOfWeek day(String name, String entry) {
		DayOfWeek day = DAYS.get(name.toUpperCase(Locale.ROOT));
		if (day == null) {
			throw new IllegalArgumentException("in \"" + entry + "\" " + name + " is not a day: use MON, TUE, WED, "
					+ "THU, FRI, SAT or SUN");
		}
		return day;
	}

	private static int minutes(String time, String entry) {
		String[] parts = time.split(":");
		int hours = Integer.parseInt(parts[0]);
		int minutes = Integer.parseInt(parts[1]);
		int total = hours * 60 + minutes;
		if (minutes > 59 || total > MINUTES_PER_DAY) {
			throw new IllegalArgumentException("in \"" + entry + "\" " + time + " is not a time from 00:00 to 24:00");
		}
		return total;
	}

	@Override
	public String toString() {
		if (spans.isEmpty()) {
			return "always";
		}
		List<String> entries = new ArrayList<>();
		for (Span span : spans) {
			entries.add(span.days() + " " + LocalTime.MIN.plusMinutes(span.start()) + "-"
					+ (span.end() == MINUTES_PER_DAY ? "24:00" : LocalTime.MIN.plusMinutes(span.end()).toString()));
		}
		return String.join(", ", entries);
	}

	/**
	 * Some days with the same opening time.
	 *
	 * @param days the days
	 * @param start the first minute of the day that is open
	 * @param end the first minute of the day that is closed again
	 */
	private record Span(Set<DayOfWeek> days, int start, int end) {
	}

}
