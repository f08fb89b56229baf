package org.govassist.server.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govassist.server.api.InvalidRequestException;
import org.junit.jupiter.api.Test;

/**
 * The {@code ETag} and {@code If-Match} of guides (versions from 1) and the lexicon (versions
 * from 0, before the first save).
 */
class VersionTagsTest {

	@Test
	void theEtagIsTheQuotedVersion() {
		assertThat(VersionTags.etag(3)).isEqualTo("\"3\"");
	}

	@Test
	void quotedWeakAndUnquotedTagsNameTheirVersion() {
		assertThat(VersionTags.fromIfMatch("\"3\"", 1)).isEqualTo(3);
		assertThat(VersionTags.fromIfMatch(" W/\"12\" ", 1)).isEqualTo(12);
		assertThat(VersionTags.fromIfMatch("7", 0)).isEqualTo(7);
	}

	@Test
	void withoutAHeaderNoVersionIsNamed() {
		assertThat(VersionTags.fromIfMatch(null, 1)).isNull();
		assertThat(VersionTags.fromIfMatch("  ", 0)).isNull();
	}

	@Test
	void versionZeroIsBeforeTheFirstSaveOnlyWhereThereIsOne() {
		assertThat(VersionTags.fromIfMatch("\"0\"", 0)).isZero();
		assertThatThrownBy(() -> VersionTags.fromIfMatch("\"0\"", 1)).isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void aTagThatIsNoVersionIsRefused() {
		for (String tag : new String[] { "\"abc\"", "\"01\"", "\"-1\"", "\"1234567890\"", "*" }) {
			assertThatThrownBy(() -> VersionTags.fromIfMatch(tag, 0)).as(tag).isInstanceOf(InvalidRequestException.class);
		}
	}

}
