import FluentKit

/// Every domain migration, in the order they run. Append only: never edit or reorder one that has shipped.
public enum DomainMigrations {
    public static let all: [any Migration] = [
        CreateUnits(),
        CreateUsers(),
        CreateApiTokens(),
        CreateLoginAttempts(),
        CreateAuditLog(),
        ProtectAuditLog(),
        CreateSessions(),
        CreatePlans(),
        CreateTasks(),
        CreateSupervision(),
        CreateNotifications(),
        CreateWorkVersion(),
        CreateReportAttachments(),
        AddAccessVersion(),
        CreateMeetings(),
        CreateMeetingInvitations(),
        AddTaskSources(),
        AddMeetingSeriesAndRelays(),
        CreateDocumentAttachments(),
        CreateImportBatches(),
        CreateSuggestions(),
        AddSuggestionFollowUp(),
        KeepFirstRatings(),
        CreateCalendarFeeds(),
        AddOnTimeRecords(),
        CreateAssessments(),
    ]
}
