import Foundation

/// The audit log in words: what each recorded action, subject type, field and coded value
/// is called in Chinese, so the log, its filter and the home page never show a code.
///
/// A test walks every writer and fails when one records a word missing here.
public enum AuditWords {
    /// The action's name (`task.update` → 修改任务), nil when unknown.
    public static func action(_ code: String) -> String? { actions[code] }

    /// The subject type's name (`task` → 任务), nil when unknown.
    public static func subject(_ type: String) -> String? { subjects[type] }

    /// The field's name (`deadline` → 完成时限), nil when unknown.
    public static func field(_ key: String) -> String? {
        if let name = fields[key] { return name }
        // An amended scheme's indicator lines: `indicator.3.points` → 指标3·分值.
        let parts = key.split(separator: ".")
        guard parts.count == 3, parts[0] == "indicator", let position = Int(parts[1]),
            let name = fields[String(parts[2])]
        else { return nil }
        return "指标\(position)·\(name)"
    }

    /// Every action recorded, with its name, for the log's filter.
    public static var allActions: [(code: String, label: String)] {
        actions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Every subject type, with its name, for the log's filter.
    public static var allSubjects: [(code: String, label: String)] {
        subjects.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// A coded value in words: booleans as 是/否, and the states and kinds that `field` holds
    /// on a subject of `subjectType`; nil when the value is not a code (free text, a day, a name).
    public static func value(_ value: String, field: String, subjectType: String) -> String? {
        if value == "true" { return "是" }
        if value == "false" { return "否" }
        // An indicator line of a scheme (`indicator.3.method`) holds the indicator's codes.
        switch field.split(separator: ".").last.map(String.init) ?? field {
        case "status":
            switch subjectType {
            case "task": return TaskStatus(rawValue: value)?.label
            case "report": return ReportStatus(rawValue: value)?.label
            case "notice": return NoticeStatus(rawValue: value)?.label
            case "rectification": return RectificationStatus(rawValue: value)?.label
            case "suggestion": return SuggestionStatus(rawValue: value)?.label
            case "plan": return PlanStatus(rawValue: value)?.label
            case "import": return ["draft": "待确认", "confirmed": "已确认"][value]
            case "assessment": return SchemeStatus(rawValue: value)?.label
            case "assessment_entry": return AppealStatus(rawValue: value)?.label
            default: return nil
            }
        case "kind":
            switch subjectType {
            case "meeting": return MeetingKind(rawValue: value)?.label
            case "document": return DocumentKind(rawValue: value)?.label
            case "assessment_card": return AdjustmentKind(rawValue: value)?.label
            default: return UnitKind(rawValue: value)?.label
            }
        case "role": return Role(rawValue: value)?.label
        case "category": return SuggestionCategory(rawValue: value)?.label
        case "answerClass": return AnswerClass(rawValue: value)?.label
        case "reportFrequency": return ReportFrequency(rawValue: value)?.label
        case "recurrence": return MeetingRecurrence(rawValue: value)?.label
        case "attendance": return Attendance(rawValue: value)?.label
        case "light": return Light(rawValue: value)?.label
        case "state": return EntryState(rawValue: value)?.label
        case "unitKinds":
            let kinds = value.split(separator: ",").compactMap { UnitKind(rawValue: String($0))?.label }
            return kinds.isEmpty ? nil : kinds.joined(separator: "、")
        case "grading": return Grading(rawValue: value)?.label
        case "method": return IndicatorMethod(rawValue: value)?.label
        case "metric": return AutoMetric(rawValue: value)?.label
        default: return nil
        }
    }

    private static let subjects: [String: String] = [
        "api_token": "API 令牌", "document": "文件", "import": "会议报道导入", "import_batch": "批量导入",
        "inspection": "督查", "meeting": "会议", "notice": "督办单", "plan": "工作计划", "rectification": "整改事项",
        "report": "进展报告", "suggestion": "建言", "task": "任务", "unit": "单位", "user": "用户", "session": "登录",
        "calendar_feed": "日历订阅", "assessment": "考核方案", "assessment_card": "考核评分表", "assessment_entry": "考核指标得分",
    ]
}
