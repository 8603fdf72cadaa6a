package org.opencall.platform;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * A report's rows, taken one at a time from an iterator (a list's, or a query's
 * stream's), so that a report holds no more rows than the one it is filling. Each of the
 * template's fields is a named column read from the row:
 * {@code ReportRows.of(criteria.iterator()).column("score", Criterion::score)}.
 *
 * @param <T> the type of a row
 */
public final class ReportRows<T> implements JRDataSource {

	private final Iterator<? extends T> rows;

	private final Map<String, Function<? super T, ?>> columns = new LinkedHashMap<>();

	private T current;

	private ReportRows(Iterator<? extends T> rows) {
		this.rows = rows;
	}

	public static <T> ReportRows<T> of(Iterator<? extends T> rows) {
		return new ReportRows<>(rows);
	}

	/** The template's field of that name is read from each row by the given function. */
	public ReportRows<T> column(String field, Function<? super T, ?> value) {
		this.columns.put(field, value);
		return this;
	}

	@Override
	public boolean next() {
		if (!this.rows.hasNext()) {
			this.current = null;
			return false;
		}
		this.current = this.rows.next();
		return true;
	}

	@Override
	public Object getFieldValue(JRField field) throws JRException {
		Function<? super T, ?> column = this.columns.get(field.getName());
		if (column == null) {
			throw new JRException(
					"The report's rows have no column " + field.getName() + "; they have " + this.columns.keySet());
		}
		return column.apply(this.current);
	}

}
