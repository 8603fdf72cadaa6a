package org.opencall.reporting;

import java.util.List;

import org.opencall.identity.Directory;
import org.opencall.identity.Programme;
import org.opencall.identity.Roles;
import org.opencall.platform.ActionForbiddenException;

import org.springframework.stereotype.Component;

/**
 * Who reads a programme's reports: the officers of the programme (programme and project
 * officers, the members of its group) and auditors; nobody else.
 */
@Component
public class ProgrammeReportAccess {

	private final Directory directory;

	ProgrammeReportAccess(Directory directory) {
		this.directory = directory;
	}

	public boolean mayRead(String user, String programmeCode) {
		if (user == null) {
			return false;
		}
		var groups = this.directory.groupsOf(user);
		return groups.contains(Roles.AUDITORS) || groups.contains(Programme.groupIdOf(programmeCode));
	}

	public void requireReader(String user, String programmeCode) {
		if (!mayRead(user, programmeCode)) {
			throw new ActionForbiddenException("Only the programme's officers and auditors read its reports");
		}
	}

	/** Whether the user is an officer of the programme (who reviews its reports). */
	public boolean isOfficerOf(String user, String programmeCode) {
		return user != null && this.directory.groupsOf(user).contains(Programme.groupIdOf(programmeCode));
	}

	/** The programmes the user may report on: all for auditors, else their own. */
	public List<Programme> readable(String user) {
		return this.directory.programmes().stream().filter((p) -> mayRead(user, p.code())).toList();
	}

}
