package org.opencall.contracting;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The grants' public events, as the test application heard them. */
@Component
public class RecordedGrantEvents {

	private final List<Object> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(GrantSigned signed) {
		this.heard.add(signed);
	}

	@EventListener
	void on(GrantAmended amended) {
		this.heard.add(amended);
	}

	/** What was heard of the grant, in order. */
	public List<Object> of(String grantReference) {
		return this.heard.stream()
			.filter((event) -> (event instanceof GrantSigned s && s.grantReference().equals(grantReference))
					|| (event instanceof GrantAmended a && a.grantReference().equals(grantReference)))
			.toList();
	}

}
