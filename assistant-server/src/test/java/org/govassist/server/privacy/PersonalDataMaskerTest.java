package org.govassist.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			我的身份证号是11010519491231002X，丢了怎么办 | 我的身份证号是110105********002X，丢了怎么办
			身份证 11010519491231002x                     | 身份证 110105********002x
			320102198511114560                           | 320102********4560
			号码：51010720000229007X。                    | 号码：510107********007X。
			110105 19491231 002X                         | 110105 ******** 002X
			证号１１０１０５１９４９１２３１００２Ｘ          | 证号１１０１０５********００２Ｘ
			""")
	void eighteenDigitIdentityNumberWithAValidCheckDigitKeepsItsFirstSixAndLastFour(String text, String masked) {
		assertThat(PersonalDataMasker.mask(text)).isEqualTo(masked);
	}

	@Test
	void fifteenDigitIdentityNumberKeepsItsFirstSixAndLastThree() {
		assertThat(PersonalDataMasker.mask("老身份证110105491231002还能用吗")).isEqualTo("老身份证110105******002还能用吗");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			电话13812345678                | 电话138****5678
			call 19912345678 please        | call 199****5678 please
			+86 138 1234 5678              | +86 138 **** 5678
			+86-13812345678                | +86-138****5678
			8613812345678                  | 86138****5678
			008615912345678                | 0086159****5678
			138-1234-5678                  | 138-****-5678
			手机：１３８１２３４５６７８       | 手机：１３８****５６７８
			""")
	void mobileNumberKeepsItsFirstThreeAndLastFourDigits(String text, String masked) {
		assertThat(PersonalDataMasker.mask(text)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			卡号6222021234567890128            | 卡号6222***********0128
			4367421234567896                   | 4367********7896
			6217 0000 0012 3456 786            | 6217 **** **** ***6 786
			622848001234567811                 | 6228**********7811
			""")
	void bankCardNumberPassingLuhnKeepsItsFirstFourAndLastFour(String text, String masked) {
		assertThat(PersonalDataMasker.mask(text)).isEqualTo(masked);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"110105194912310021", // check digit should be X
			"320102198511114561", // check digit should be 0
			"11010519491231002", // 17 digits
			"1101051949123100211", // 19 digits
			"110105194913310025", // month 13
			"990105194912310025", // no such province
			"110105491331002", // 15 digits, month 13
			"2023-11-15 到 2024-01-01",
			"20231115",
			"订单号2023111500012345679", // Luhn-valid, but no bank card starts with 2
			"订单号6217000000123456787", // fails Luhn
			"6217000000123", // too short for a card
			"138123456789", // 12 digits
			"1381234567", // 10 digits
			"12345678901", // 12 is no mobile prefix
			"SN13812345678", // part of a serial number
			"13812345678ABC",
			"138****5678",
			"收费40元，7个工作日办结", })
	void nearMissIsLeftAlone(String text) {
		assertThat(PersonalDataMasker.mask(text)).isEqualTo(text);
	}

	@Test
	void everyNumberInATextIsMasked() {
		assertThat(PersonalDataMasker.mask("我叫张三，身份证11010519491231002X，电话13812345678，卡号4367421234567896。"))
			.isEqualTo("我叫张三，身份证110105********002X，电话138****5678，卡号4367********7896。");
	}

	@Test
	void maskingAMaskedTextChangesNothing() {
		String masked = PersonalDataMasker.mask("11010519491231002X 13812345678 6222021234567890128");

		assertThat(PersonalDataMasker.mask(masked)).isEqualTo(masked);
	}

	@Test
	void nothingToMaskReturnsTheTextItself() {
		assertThat(PersonalDataMasker.mask(null)).isNull();
		assertThat(PersonalDataMasker.mask("")).isEmpty();
		assertThat(PersonalDataMasker.mask("身份证丢了怎么补办")).isEqualTo("身份证丢了怎么补办");
	}

}
