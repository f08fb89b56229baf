package org.govassist.server.rating;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.govassist.server.account.Account;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.audit.AuditEvent;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.govassist.server.privacy.PersonalDataMasker;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The follow-up of bad ratings, for supervisors (roles ADMIN and EDITOR):
 * {@code GET /api/ratings?maxLevel=2&status=open} lists them, newest first, and
 * {@code POST /api/ratings/{id}/follow-up {status, note}} records what was done. Each follow-up
 * goes into the audit log with its rating.
 *
 * <p>Thread-safe.
 */
@RestController
final class BadRatingController {

	/** The audit log's name of a follow-up. */
	static final String ACTION = "rating.follow_up";

	/** Ratings in a page without {@code limit}. */
	static final int DEFAULT_LIMIT = 100;

	/** The most ratings in one page. */
	static final int MAX_LIMIT = 500;

	/** The longest note. */
	static final int MAX_NOTE = 1000;

	private final BadRatings ratings;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	BadRatingController(BadRatings ratings, TransactionTemplate transaction, AuditLog audit) {
		this.ratings = ratings;
		this.transaction = transaction;
		this.audit = audit;
	}

	/**
	 * Ratings and their follow-up.
	 *
	 * @param maxLevel the highest level listed, 1 to 5; default 2 (不满意 and 非常不满意)
	 * @param status {@code open}, {@code in_progress} or {@code resolved}; none for all
	 * @param before only ratings older than the one with this id: the last id of the page before
	 * @param limit the most ratings, 1 to {@value #MAX_LIMIT}; default {@value #DEFAULT_LIMIT}
	 * @return the ratings, newest first
	 */
	@GetMapping("/api/ratings")
	List<BadRating> list(@RequestParam(defaultValue = "2") int maxLevel, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
		if (maxLevel < RatingTags.LOWEST_LEVEL || maxLevel > RatingTags.HIGHEST_LEVEL) {
			throw new InvalidRequestException("maxLevel", "应为 1 到 5");
		}
		FollowUpStatus wanted = status == null || status.isEmpty() ? null : status(status, "status");
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidRequestException("limit", "应为 1 到 " + MAX_LIMIT);
		}
		return ratings.list(maxLevel, wanted, before, limit);
	}

	/**
	 * Records the follow-up of a rating.
	 *
	 * @param id the rating
	 * @param body the new status and what was done; a note is required to resolve
	 * @return the rating as it now stands
	 * @throws ErrorResponseException 404 when there is no such rating
	 */
	@PostMapping("/api/ratings/{id}/follow-up")
	BadRating followUp(@PathVariable long id, @RequestBody FollowUpRequest body, @AuthenticationPrincipal Account account,
			HttpServletRequest request) {
		String target = Long.toString(id);
		try {
			FollowUpStatus status = body.status() == null ? null : status(body.status(), "status");
			if (status == null) {
				throw new InvalidRequestException("status", "必填，应为 " + allowed());
			}
			String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
			if (note != null && note.length() > MAX_NOTE) {
				throw new InvalidRequestException("note", "最多 " + MAX_NOTE + " 个字符");
			}
			if (note == null && status == FollowUpStatus.RESOLVED) {
				throw new InvalidRequestException("note", "办结时请说明处理情况");
			}
			String masked = note == null ? null : PersonalDataMasker.mask(note);
			boolean found = Boolean.TRUE.equals(transaction.execute(tx -> {
				if (!ratings.followUp(id, status, masked, account.username(), OffsetDateTime.now(ZoneOffset.UTC))) {
					return false;
				}
				audit.record(new AuditEvent(account.username(), ACTION, target, request.getRemoteAddr(),
						AuditOutcome.SUCCESS, "status=" + status.value()));
				return true;
			}));
			if (!found) {
				throw new ErrorResponseException(HttpStatus.NOT_FOUND,
						ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有这条评价：" + id), null);
			}
			return ratings.find(id).orElseThrow();
		}
		catch (InvalidRequestException ex) {
			audit.record(new AuditEvent(account.username(), ACTION, target, request.getRemoteAddr(),
					AuditOutcome.REFUSED, ex.problems().toString()));
			throw ex;
		}
		catch (ErrorResponseException ex) {
			audit.record(new AuditEvent(account.username(), ACTION, target, request.getRemoteAddr(),
					AuditOutcome.REFUSED, ex.getBody().getDetail()));
			throw ex;
		}
	}

	private static FollowUpStatus status(String value, String field) {
		FollowUpStatus status = FollowUpStatus.ofValue(value);
		if (status == null) {
			throw new InvalidRequestException(field, "应为 " + allowed() + " 之一");
		}
		return status;
	}

	private static String allowed() {
		return Arrays.stream(FollowUpStatus.values()).map(FollowUpStatus::value).collect(Collectors.joining("、"));
	}

	/**
	 * The body of a follow-up.
	 *
	 * @param status {@code open}, {@code in_progress} or {@code resolved}
	 * @param note what was done; required with {@code resolved}
	 */
	record FollowUpRequest(String status, String note) {
	}

}
