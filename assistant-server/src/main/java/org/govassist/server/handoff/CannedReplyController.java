package org.govassist.server.handoff;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.govassist.server.account.Account;
import org.govassist.server.account.Role;
import org.govassist.server.api.FieldProblem;
import org.govassist.server.api.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Canned replies for agents (role AGENT or ADMIN): each agent's own, and shared ones that only
 * admins create and delete.
 *
 * <ul>
 * <li>{@code GET /api/agent/replies}: the shared replies and the caller's own.</li>
 * <li>{@code POST /api/agent/replies} {@code {title, text, shared}}: 201 with the reply;
 * {@code shared: true} needs ADMIN (403).</li>
 * <li>{@code DELETE /api/agent/replies/{id}}: 204; another agent's own reply is 404, a shared one
 * needs ADMIN (403).</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
@RestController
final class CannedReplyController {

	static final int MAX_TITLE_LENGTH = 100;

	private final CannedReplyStore store;

	CannedReplyController(CannedReplyStore store) {
		this.store = store;
	}

	@GetMapping("/api/agent/replies")
	List<CannedReply> list(@AuthenticationPrincipal Account account) {
		return store.visibleTo(account.username());
	}

	@PostMapping("/api/agent/replies")
	ResponseEntity<CannedReply> create(@RequestBody NewReply reply, @AuthenticationPrincipal Account account) {
		reply.check();
		boolean shared = Boolean.TRUE.equals(reply.shared());
		if (shared && !account.roles().contains(Role.ADMIN)) {
			throw TicketController.problem(HttpStatus.FORBIDDEN, "只有管理员可以添加共享的常用语。");
		}
		CannedReply created = store.create(account.username(), reply.title().strip(), reply.text().strip(), shared,
				OffsetDateTime.now(ZoneOffset.UTC));
		return ResponseEntity.created(URI.create("/api/agent/replies/" + created.id())).body(created);
	}

	@DeleteMapping("/api/agent/replies/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal Account account) {
		CannedReply reply = store.find(id)
			.filter(found -> found.shared() || found.owner().equals(account.username()))
			.orElseThrow(() -> TicketController.problem(HttpStatus.NOT_FOUND, "没有这条常用语。"));
		if (reply.shared() && !account.roles().contains(Role.ADMIN)) {
			throw TicketController.problem(HttpStatus.FORBIDDEN, "只有管理员可以删除共享的常用语。");
		}
		store.delete(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The body of a new canned reply.
	 *
	 * @param title 1 to {@value #MAX_TITLE_LENGTH} characters
	 * @param text 1 to {@value FromAgent#MAX_TEXT_LENGTH} characters
	 * @param shared whether every agent gets it; absent means {@code false}
	 */
	record NewReply(String title, String text, Boolean shared) {

		void check() {
			List<FieldProblem> problems = new ArrayList<>();
			if (title == null || title.isBlank()) {
				problems.add(new FieldProblem("title", "必填"));
			}
			else if (title.strip().length() > MAX_TITLE_LENGTH) {
				problems.add(new FieldProblem("title", "最多 " + MAX_TITLE_LENGTH + " 字"));
			}
			if (text == null || text.isBlank()) {
				problems.add(new FieldProblem("text", "必填"));
			}
			else if (text.strip().length() > FromAgent.MAX_TEXT_LENGTH) {
				problems.add(new FieldProblem("text", "最多 " + FromAgent.MAX_TEXT_LENGTH + " 字"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems);
			}
		}

	}

}
