package org.opencall.home;

import java.util.List;

/**
 * What one module puts on the home page of a person: the panels about their work in it. A
 * module contributes a bean of this type; the home page asks every one of them, so the
 * home module depends on no other module.
 */
public interface HomeSection {

	/**
	 * The panels this module shows to the viewer, in the order the module wants them;
	 * empty when the viewer has no role the module serves.
	 */
	List<HomePanel> panelsFor(Viewer viewer);

}
