package org.opencall.calls.domain;

import java.util.List;

/**
 * The needs behind a challenge of a call, kept together as one value (stored as JSON with
 * the challenge).
 */
public record NeedSnapshots(List<NeedSnapshot> list) {

	public static final NeedSnapshots NONE = new NeedSnapshots(List.of());

	public NeedSnapshots {
		list = (list != null) ? List.copyOf(list) : List.of();
	}

}
