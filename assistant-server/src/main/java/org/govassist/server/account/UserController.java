package org.govassist.server.account;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The administrators' account API under {@code /api/admin/users} (role ADMIN): list, read,
 * create, change (name, roles, skills, enabled) and reset the password.
 *
 * <p>Thread-safe.
 */
@RestController
final class UserController {

	private final AccountAdministration administration;

	UserController(AccountAdministration administration) {
		this.administration = administration;
	}

	/** {@code GET /api/admin/users}: every account, by username. */
	@GetMapping("/api/admin/users")
	List<UserView> list() {
		return administration.list();
	}

	/** {@code GET /api/admin/users/{username}}: one account; 404 when there is none. */
	@GetMapping("/api/admin/users/{username}")
	UserView get(@PathVariable String username) {
		return administration.get(username);
	}

	/**
	 * {@code POST /api/admin/users}: creates an account.
	 *
	 * @return 201 with the account and its {@code Location}; 400 naming the fields at fault; 409
	 * when the username is taken
	 */
	@PostMapping("/api/admin/users")
	ResponseEntity<UserView> create(@RequestBody AccountAdministration.NewAccount body,
			@AuthenticationPrincipal Account account, HttpServletRequest request) {
		UserView created = administration.create(body, administrator(account, request));
		URI location = UriComponentsBuilder.fromPath("/api/admin/users/{username}").buildAndExpand(created.username()).toUri();
		return ResponseEntity.created(location).body(created);
	}

	/**
	 * {@code PATCH /api/admin/users/{username}}: changes the fields given.
	 *
	 * @return the account as it now is
	 */
	@PatchMapping("/api/admin/users/{username}")
	UserView change(@PathVariable String username, @RequestBody AccountAdministration.AccountChange body,
			@AuthenticationPrincipal Account account, HttpServletRequest request) {
		return administration.change(username, body, administrator(account, request));
	}

	/**
	 * {@code POST /api/admin/users/{username}/password} {@code {password}}: resets the password.
	 *
	 * @return 204
	 */
	@PostMapping("/api/admin/users/{username}/password")
	ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody PasswordReset body,
			@AuthenticationPrincipal Account account, HttpServletRequest request) {
		administration.resetPassword(username, body.password(), administrator(account, request));
		return ResponseEntity.noContent().build();
	}

	private static Administrator administrator(Account account, HttpServletRequest request) {
		return new Administrator(account.username(), request.getRemoteAddr());
	}

	/**
	 * The body of a password reset.
	 *
	 * @param password the new password
	 */
	record PasswordReset(String password) {
	}

}
