package org.govassist.kb.semantic;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a HuggingFace {@code tokenizer.json} of the BERT WordPiece kind: a {@code BertNormalizer},
 * a {@code BertPreTokenizer} and a {@code WordPiece} model. Anything else is refused with a
 * message naming it, since a tokenizer that differs from the model's own in one step would give
 * plausible but wrong vectors.
 */
final class TokenizerJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TokenizerJson() {
	}

	static WordPieceTokenizer read(InputStream json, String source, int maxLength) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException e) {
			throw new SemanticModelException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
		}
		JsonNode model = root.path("model");
		requireType(model, "WordPiece", source, "model");
		requireType(root.path("pre_tokenizer"), "BertPreTokenizer", source, "pre_tokenizer");
		Map<String, Integer> vocabulary = vocabulary(model.path("vocab"), source);
		String unknownToken = model.path("unk_token").asString("[UNK]");
		Integer unknownId = vocabulary.get(unknownToken);
		if (unknownId == null) {
			throw new SemanticModelException(source + ": the unknown token " + unknownToken + " is not in the vocabulary");
		}
		WordPiece wordPiece = new WordPiece(vocabulary, model.path("continuing_subword_prefix").asString("##"), unknownId,
				model.path("max_input_chars_per_word").asInt(100));
		return new WordPieceTokenizer(addedTokens(root.path("added_tokens"), source), normalizer(root.path("normalizer"), source),
				wordPiece, maxLength);
	}

	private static BertNormalizer normalizer(JsonNode normalizer, String source) {
		requireType(normalizer, "BertNormalizer", source, "normalizer");
		boolean lowercase = normalizer.path("lowercase").asBoolean(true);
		JsonNode stripAccents = normalizer.path("strip_accents");
		return new BertNormalizer(
				normalizer.path("clean_text").asBoolean(true),
				normalizer.path("handle_chinese_chars").asBoolean(true),
				// BERT's rule: accents go with lower-casing unless said otherwise.
				stripAccents.isBoolean() ? stripAccents.asBoolean() : lowercase,
				lowercase);
	}

	private static Map<String, Integer> vocabulary(JsonNode vocab, String source) {
		if (!vocab.isObject() || vocab.isEmpty()) {
			throw new SemanticModelException(source + ": model.vocab must be a non-empty object of token to id");
		}
		Map<String, Integer> vocabulary = new HashMap<>(vocab.size() * 2);
		for (Map.Entry<String, JsonNode> entry : vocab.properties()) {
			vocabulary.put(entry.getKey(), entry.getValue().asInt());
		}
		return vocabulary;
	}

	private static AddedTokens addedTokens(JsonNode added, String source) {
		List<AddedTokens.AddedToken> tokens = new ArrayList<>();
		for (JsonNode token : added) {
			String content = token.path("content").asString();
			for (String option : List.of("single_word", "lstrip", "rstrip", "normalized")) {
				if (token.path(option).asBoolean(false)) {
					throw new SemanticModelException(source + ": the added token " + content + " sets " + option
							+ ", which this tokenizer does not support");
				}
			}
			tokens.add(new AddedTokens.AddedToken(content, token.path("id").asInt()));
		}
		return new AddedTokens(tokens);
	}

	private static void requireType(JsonNode node, String type, String source, String field) {
		String actual = node.path("type").asString(null);
		if (!type.equals(actual)) {
			throw new SemanticModelException(source + ": " + field + " must be of type " + type + ", not " + actual);
		}
	}

}
