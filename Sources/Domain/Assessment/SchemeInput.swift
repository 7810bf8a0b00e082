import Foundation

/// A scheme's settings as a form or the API sends them; ``checked()`` turns them into values
/// or names every field that is wrong.
public struct SchemeSettings: Sendable {
    public var year: Int?
    public var title: String
    public var totalPoints: String
    public var unitKinds: [String]
    public var bonusCap: String
    public var deductionCap: String
    public var grading: String
    /// “90,80,60” (points) or “30,40,20” (percent), by `grading`.
    public var gradeBounds: String
    public var windowDays: Int?

    public init(
        year: Int?, title: String, totalPoints: String = "100", unitKinds: [String] = [UnitKind.memberUnit.rawValue],
        bonusCap: String = "5", deductionCap: String = "10", grading: String = Grading.thresholds.rawValue,
        gradeBounds: String = "90,80,60", windowDays: Int? = 5
    ) {
        self.year = year
        self.title = title
        self.totalPoints = totalPoints
        self.unitKinds = unitKinds
        self.bonusCap = bonusCap
        self.deductionCap = deductionCap
        self.grading = grading
        self.gradeBounds = gradeBounds
        self.windowDays = windowDays
    }

    struct Checked {
        let year: Int
        let title: String
        let total: Points
        let unitKinds: [UnitKind]
        let bonusCap: Points
        let deductionCap: Points
        let grading: Grading
        let bounds: [Int]
        let windowDays: Int
    }

    func checked() throws -> Checked {
        var problems: [FieldError] = []
        if year == nil || !(2000...2100).contains(year!) { problems.append(FieldError("year", "请填写考核年度，如 2026")) }
        let title = RequiredText("title", "方案名称", limit: 200).checked(title, into: &problems)
        let total = Points(text: totalPoints)
        if total == nil || total == .zero { problems.append(FieldError("totalPoints", "总分应为大于0的数，最多两位小数")) }
        var kinds: [UnitKind] = []
        for raw in unitKinds {
            guard let kind = UnitKind(rawValue: raw) else {
                problems.append(
                    FieldError(
                        "unitKinds",
                        "单位类型“\(raw)”无效，可选：\(UnitKind.allCases.map(\.rawValue).joined(separator: "、"))"))
                continue
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        if unitKinds.isEmpty { problems.append(FieldError("unitKinds", "请至少选择一类被考核单位")) }
        let bonus = Points(text: bonusCap)
        if bonus == nil { problems.append(FieldError("bonusCap", "加分上限应为不小于0的数，最多两位小数")) }
        let deduction = Points(text: deductionCap)
        if deduction == nil { problems.append(FieldError("deductionCap", "扣分上限应为不小于0的数，最多两位小数")) }
        let grading = Grading(rawValue: grading)
        if grading == nil {
            problems.append(FieldError("grading", "评定方式无效，可选：thresholds（按分数线）、shares（按比例）"))
        }
        let parts = gradeBounds.replacingOccurrences(of: "，", with: ",").split(separator: ",")
        var bounds: [Int] = []
        for part in parts {
            if grading == .thresholds, let points = Points(text: String(part)) {
                bounds.append(points.hundredths)
            } else if grading == .shares, let percent = Int(part.trimmingCharacters(in: .whitespaces)),
                (0...100).contains(percent)
            {
                bounds.append(percent)
            }
        }
        if grading != nil, bounds.count != 3 || parts.count != 3 {
            problems.append(
                FieldError(
                    "gradeBounds",
                    grading == .thresholds
                        ? "请填写优秀、良好、一般三条分数线，如 90,80,60" : "请填写优秀、良好、一般三个比例（%），如 30,40,20"))
        }
        let windowDays = windowDays ?? 0
        if !(1...30).contains(windowDays) { problems.append(FieldError("windowDays", "公示期应为1至30个工作日")) }
        guard problems.isEmpty, let year, let total, let bonus, let deduction, let grading else {
            throw DomainError.invalid(problems)
        }
        return Checked(
            year: year, title: title, total: total, unitKinds: kinds, bonusCap: bonus, deductionCap: deduction,
            grading: grading, bounds: bounds, windowDays: windowDays)
    }
}

/// An indicator as a form or the API sends it. A draft may leave the method and the scorer
/// open; the scheme cannot be issued until ``SchemeCheck`` finds every indicator complete.
public struct IndicatorInput: Sendable {
    public var category: String
    public var name: String
    public var rule: String
    public var points: String
    public var method: String
    public var metric: String
    public var scorerUnitID: UUID?

    public init(
        category: String, name: String, rule: String = "", points: String, method: String = "", metric: String = "",
        scorerUnitID: UUID? = nil
    ) {
        self.category = category
        self.name = name
        self.rule = rule
        self.points = points
        self.method = method
        self.metric = metric
        self.scorerUnitID = scorerUnitID
    }

    public static let maxRuleLength = 2_000

    struct Checked {
        let category: String
        let name: String
        let rule: String
        let points: Points
        let method: IndicatorMethod?
        let metric: AutoMetric?
    }

    func checked() throws -> Checked {
        var problems: [FieldError] = []
        let category = RequiredText("category", "指标类别", limit: 100).checked(category, into: &problems)
        let name = RequiredText("name", "指标名称", limit: 200).checked(name, into: &problems)
        let rule = rule.trimmingCharacters(in: .whitespacesAndNewlines)
        if rule.count > Self.maxRuleLength { problems.append(FieldError("rule", "评分细则不能超过\(Self.maxRuleLength)个字")) }
        let points = Points(text: points)
        if points == nil || points == .zero { problems.append(FieldError("points", "分值应为大于0的数，最多两位小数")) }
        let method = IndicatorMethod(rawValue: method)
        if !self.method.isEmpty, method == nil {
            problems.append(FieldError("method", "评分方式无效，可选：auto（系统自动计算）、manual（自评＋审核）"))
        }
        let metric = AutoMetric(rawValue: metric)
        if !self.metric.isEmpty, metric == nil {
            problems.append(
                FieldError("metric", "自动指标无效，可选：\(AutoMetric.allCases.map(\.rawValue).joined(separator: "、"))"))
        }
        guard problems.isEmpty, let points else { throw DomainError.invalid(problems) }
        return Checked(
            category: category, name: name, rule: rule, points: points, method: method,
            metric: method == .auto ? metric : nil)
    }
}
