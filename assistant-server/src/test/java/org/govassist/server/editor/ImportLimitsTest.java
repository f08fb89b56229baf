package org.govassist.server.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.ErrorResponseException;

class ImportLimitsTest {

	@Test
	void aBodyWithinTheLimitIsReadWhole() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/kb/import");
		request.setContent("[]".getBytes());

		assertThat(ImportLimits.body(request)).isEqualTo("[]".getBytes());
	}

	@Test
	void aBodyAnnouncedLargerThanTheLimitIsRefusedWith413() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/kb/import");
		request.setContent(new byte[ImportLimits.MAX_BYTES + 1]);

		assertThatThrownBy(() -> ImportLimits.body(request)).isInstanceOfSatisfying(ErrorResponseException.class,
				ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
	}

	@Test
	void aBodyOfUnannouncedLengthIsRefusedOnceItGrowsLargerThanTheLimit() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/kb/import") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		request.setContent(new byte[ImportLimits.MAX_BYTES + 1]);

		assertThatThrownBy(() -> ImportLimits.body(request)).isInstanceOfSatisfying(ErrorResponseException.class,
				ex -> assertThat(ex.getBody().getDetail()).contains("16 MiB"));
	}

}
