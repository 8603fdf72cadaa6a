package org.opencall.contracting;

import org.postgresql.util.PGobject;

import org.opencall.contracting.domain.AgreementTerms;
import org.opencall.platform.ColumnConverter;
import org.opencall.platform.JsonColumns;

import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

/**
 * How an agreement's terms are stored: as JSON in the grant's, version's or amendment's
 * row.
 */
final class GrantColumns {

	private GrantColumns() {
	}

	@Component
	@WritingConverter
	static final class TermsWriter implements ColumnConverter<AgreementTerms, PGobject> {

		@Override
		public PGobject convert(AgreementTerms terms) {
			return JsonColumns.write(terms);
		}

	}

	@Component
	@ReadingConverter
	static final class TermsReader implements ColumnConverter<PGobject, AgreementTerms> {

		@Override
		public AgreementTerms convert(PGobject column) {
			return JsonColumns.read(column, AgreementTerms.class);
		}

	}

}
