package org.govassist.server.handoff;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.govassist.server.account.Account;
import org.govassist.server.api.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets for agents (role AGENT or ADMIN): the messages citizens left, listed by status and
 * closed with a note.
 *
 * <ul>
 * <li>{@code GET /api/agent/tickets?status=open|closed} (default {@code open}): open ones oldest
 * first, closed ones most recently closed first, at most {@value TicketStore#MOST_LISTED}.</li>
 * <li>{@code POST /api/agent/tickets/{id}/close} {@code {note}}: the closed ticket; 404 for an
 * unknown one, 409 when it is closed already.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
@RestController
final class TicketController {

	/** The longest note, in characters. */
	static final int MAX_NOTE_LENGTH = 2000;

	private static final Logger log = LoggerFactory.getLogger(TicketController.class);

	private final TicketStore store;

	TicketController(TicketStore store) {
		this.store = store;
	}

	@GetMapping("/api/agent/tickets")
	List<Ticket> list(@RequestParam(defaultValue = Ticket.OPEN) String status) {
		if (!Ticket.OPEN.equals(status) && !Ticket.CLOSED.equals(status)) {
			throw new InvalidRequestException("status", "应为 open 或 closed");
		}
		return store.list(status);
	}

	@PostMapping("/api/agent/tickets/{id}/close")
	Ticket close(@PathVariable long id, @RequestBody Closing closing, @AuthenticationPrincipal Account account) {
		String note = closing == null ? null : closing.note();
		if (note == null || note.isBlank()) {
			throw new InvalidRequestException("note", "必填");
		}
		if (note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
			throw new InvalidRequestException("note", "最多 " + MAX_NOTE_LENGTH + " 字");
		}
		if (!store.close(id, account.username(), note.strip(), OffsetDateTime.now(ZoneOffset.UTC))) {
			throw store.find(id).isPresent() ? problem(HttpStatus.CONFLICT, "这条留言已经处理完毕。")
					: problem(HttpStatus.NOT_FOUND, "没有这条留言。");
		}
		log.info("Ticket {} closed by {}", id, account.username());
		return store.find(id).orElseThrow();
	}

	static ErrorResponseException problem(HttpStatus status, String detail) {
		return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

	/**
	 * The body of closing a ticket.
	 *
	 * @param note what was done about it
	 */
	record Closing(String note) {
	}

}
