package org.opencall.platform;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * How the JSON API reads request bodies: every text a JSON string within
 * {@link TextRules} (no control characters, at most {@link TextRules#MAX} characters) and
 * no decimals where a whole number is meant. Only bodies of HTTP requests are read this
 * way; the application's own JSON (e.g. stored snapshots) keeps the plain mapper.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper objectMapper) {
		ObjectMapper strict = objectMapper.copy()
			.registerModule(new SimpleModule("opencall-text-rules").addDeserializer(String.class, new Text()))
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
		return new MappingJackson2HttpMessageConverter(strict);
	}

	/**
	 * Reads a JSON string and refuses it when {@link TextRules} do; a number, a boolean,
	 * an array or an object where text is meant is refused, not turned into text.
	 */
	static final class Text extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String value = super.deserialize(parser, context);
			String reason = TextRules.problem(value, TextRules.MAX);
			if (reason != null) {
				// Jackson adds the path of the field; the problem details name it
				throw new RefusedTextException(reason);
			}
			return value;
		}

	}

}
