package org.govassist.server.editor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.govassist.server.account.Account;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.system.ReportProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The gap inbox under {@code /api/kb/gaps} (roles EDITOR or ADMIN): the questions the bot could
 * not answer well, grouped, most asked first; and the actions on a group.
 *
 * <p>Thread-safe.
 */
@RestController
@RequestMapping("/api/kb/gaps")
final class GapController {

	/** The range without {@code from}: the last 30 days up to {@code to}. */
	static final int DEFAULT_DAYS = 30;

	/** The longest range asked at once. */
	static final int MAX_DAYS = 366;

	private final GapStore store;

	private final GapActions actions;

	private final ZoneId zone;

	GapController(GapStore store, GapActions actions, ReportProperties reports) {
		this.store = store;
		this.actions = actions;
		this.zone = reports.zone();
	}

	/**
	 * @param from the first day ({@code yyyy-MM-dd}, in {@code assistant.reports.zone}); default 29
	 * days before {@code to}
	 * @param to the last day; default today
	 * @return the groups of open questions asked in those days, most asked first
	 */
	@GetMapping
	List<GapGroup> groups(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate last = to != null ? to : LocalDate.now(zone);
		LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
		if (first.isAfter(last)) {
			throw new InvalidRequestException("from", "不能晚于 to");
		}
		if (first.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
			throw new InvalidRequestException("to", "一次最多查询 " + MAX_DAYS + " 天");
		}
		return GapGroup.of(store.open(startOf(first), startOf(last.plusDays(1))));
	}

	/** Takes the group's questions out of the inbox: 204. */
	@PostMapping("/{groupId}/dismiss")
	ResponseEntity<Void> dismiss(@PathVariable String groupId, @AuthenticationPrincipal Account account,
			HttpServletRequest request) {
		actions.dismiss(groupId, GuideController.editor(account, request));
		return ResponseEntity.noContent().build();
	}

	/** Adds the group's question to a guide as an alias or FAQ, as a new version. */
	@PostMapping("/{groupId}/assign")
	SaveOutcome assign(@PathVariable String groupId, @RequestBody GapAssignment assignment,
			@AuthenticationPrincipal Account account, HttpServletRequest request) {
		return actions.assign(groupId, assignment, GuideController.editor(account, request));
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

}
