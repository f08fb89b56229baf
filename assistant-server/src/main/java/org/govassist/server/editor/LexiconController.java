package org.govassist.server.editor;

import java.util.List;

import org.govassist.kb.analysis.LexiconAdditions;
import org.govassist.server.account.Account;
import org.govassist.server.knowledge.LexiconStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * The editors' lexicon under {@code /api/kb/lexicon} (roles EDITOR or ADMIN): the words and
 * synonym groups added to the bundled lexicon, their versions, and saving a new version, which
 * answers use when the save returns. The version travels as {@code ETag} and comes back as
 * {@code If-Match}.
 *
 * <p>Thread-safe.
 */
@RestController
@RequestMapping("/api/kb/lexicon")
final class LexiconController {

	private final LexiconStore store;

	private final LexiconEditor editor;

	LexiconController(LexiconStore store, LexiconEditor editor) {
		this.store = store;
		this.editor = editor;
	}

	/** The additions in force, with their version as {@code ETag} ({@code "0"} before the first save). */
	@GetMapping
	ResponseEntity<LexiconView> lexicon() {
		LexiconStore.StoredLexicon current = store.current();
		return ResponseEntity.ok().eTag(VersionTags.etag(current.version())).body(LexiconView.of(current));
	}

	/** Saves the additions as a new version and puts them in force. */
	@PutMapping
	ResponseEntity<LexiconView> save(@RequestBody JsonNode body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal Account account, HttpServletRequest request) {
		LexiconStore.StoredLexicon saved = editor.save(body, VersionTags.fromIfMatch(ifMatch, 0), GuideController.editor(account, request));
		return ResponseEntity.ok().eTag(VersionTags.etag(saved.version())).body(LexiconView.of(saved));
	}

	/** Every saved version, oldest first. */
	@GetMapping("/versions")
	List<LexiconStore.LexiconVersion> versions() {
		return store.versions();
	}

	/** One saved version's additions. */
	@GetMapping("/versions/{version}")
	LexiconView version(@PathVariable int version) {
		LexiconAdditions additions = store.version(version)
			.orElseThrow(() -> GuideEditor.problem(HttpStatus.NOT_FOUND, "词库没有第 " + version + " 版"));
		return LexiconView.of(new LexiconStore.StoredLexicon(version, additions));
	}

	/**
	 * The editors' lexicon as the API shows it.
	 *
	 * @param version its version, 0 before the first save
	 * @param words the dictionary words added
	 * @param synonyms the synonym groups added
	 */
	record LexiconView(int version, List<String> words, List<List<String>> synonyms) {

		static LexiconView of(LexiconStore.StoredLexicon lexicon) {
			return new LexiconView(lexicon.version(), lexicon.additions().words(), lexicon.additions().synonymGroups());
		}

	}

}
