package org.govassist.server.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.system.ReportProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/audit?from=&to=&actor=&action=&before=&limit=}: the audit log for
 * administrators (role ADMIN), newest first, a page at a time.
 *
 * <p>Thread-safe.
 */
@RestController
final class AuditController {

	/** Entries in a page without {@code limit}. */
	static final int DEFAULT_LIMIT = 100;

	/** The most entries in one page. */
	static final int MAX_LIMIT = 500;

	private final AuditSearch search;

	private final ZoneId zone;

	AuditController(AuditSearch search, ReportProperties reports) {
		this.search = search;
		this.zone = reports.zone();
	}

	/**
	 * One page of the audit log.
	 *
	 * @param from the first day ({@code yyyy-MM-dd}, in the reports' time zone), or none
	 * @param to the last day, included, or none
	 * @param actor only this actor's entries
	 * @param action only this action, or the actions of this family ({@code account} finds
	 * {@code account.create}, {@code account.disable}…)
	 * @param before only entries older than the one with this id: the last id of the page before
	 * @param limit the most entries, 1 to {@value #MAX_LIMIT}; default {@value #DEFAULT_LIMIT}
	 * @return the entries, newest first
	 */
	@GetMapping("/api/admin/audit")
	List<AuditEntry> audit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidRequestException("from", "不能晚于 to");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidRequestException("limit", "应为 1 到 " + MAX_LIMIT);
		}
		return search.find(new AuditSearch.Criteria(from == null ? null : startOf(from),
				to == null ? null : startOf(to.plusDays(1)), blankToNull(actor), blankToNull(action), before, limit));
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
