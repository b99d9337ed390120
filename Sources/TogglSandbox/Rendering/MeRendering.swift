import Foundation
import TogglModels

extension UserRecord {
    /// The sandbox's stand-in for Toggl's `toggl_accounts_id` (an opaque string).
    var togglAccountsID: String { "SandboxAccount\(id)" }

    /// The user as `GET /me` answers it (with `api_token`). Fields the sandbox does not model
    /// get fixed stand-ins: a placeholder avatar, no OpenID, no OAuth providers, and a fake
    /// `intercom_hash` (present in every recording of `/me`).
    func renderedMe() -> Me {
        Me(
            id: id,
            apiToken: Secret(apiToken),
            email: email,
            fullname: fullname,
            timezone: timezone,
            togglAccountsID: togglAccountsID,
            defaultWorkspaceID: defaultWorkspaceID,
            beginningOfWeek: beginningOfWeek,
            imageURL: "https://assets.track.toggl.com/images/profile.png",
            createdAt: createdAt,
            updatedAt: at,
            at: at,
            openidEnabled: false,
            countryID: countryID,
            hasPassword: !password.isEmpty,
            intercomHash: Secret("sandbox0intercom0hash\(id)"),
            oauthProviders: [],
            authorizationUpdatedAt: createdAt
        )
    }

    /// The user as `PUT /me` answers it: no `intercom_hash` or `authorization_updated_at`, but
    /// `toggl_accounts_updated_at`, as in the recorded answer.
    func renderedAfterUpdate() -> Me {
        Me(
            id: id,
            apiToken: Secret(apiToken),
            email: email,
            fullname: fullname,
            timezone: timezone,
            togglAccountsID: togglAccountsID,
            defaultWorkspaceID: defaultWorkspaceID,
            beginningOfWeek: beginningOfWeek,
            imageURL: "https://assets.track.toggl.com/images/profile.png",
            createdAt: createdAt,
            updatedAt: at,
            at: at,
            openidEnabled: false,
            countryID: countryID,
            hasPassword: !password.isEmpty,
            togglAccountsUpdatedAt: at
        )
    }

    /// `GET /me/preferences`: the user's formats and week start, the profile time zone, and
    /// Toggl's defaults for the notification flags. No alpha features are reported.
    func renderedPreferences() -> Preferences {
        Preferences(
            dateFormat: dateFormat,
            timeOfDayFormat: timeOfDayFormat,
            durationFormat: durationFormat,
            beginningOfWeek: beginningOfWeek,
            pgTimeZoneName: timezone,
            recordTimeline: false,
            sendProductEmails: false,
            sendTimerNotifications: true,
            sendWeeklyReport: false
        )
    }
}
