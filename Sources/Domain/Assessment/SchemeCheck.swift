import FluentKit
import Foundation

/// What must hold before a scheme is issued, and after each amendment: the indicators' points
/// add up to the stated total, every indicator has a method (and an automatic one its figure)
/// and an active scorer, the caps fit the total and the grade bounds are in order.
public enum SchemeCheck {
    /// Every problem, each naming the indicator or the setting; empty when the scheme may be issued.
    public static func problems(_ scheme: AssessmentScheme, on db: any Database) async throws -> [FieldError] {
        let indicators = try await AssessmentIndicator.query(on: db).filter(\.$scheme.$id == scheme.requireID())
            .sort(\.$position).all()
        let activeUnits = Set(try await OrgUnit.query(on: db).filter(\.$isActive == true).all(\.$id))
        return problems(scheme, indicators: indicators, activeUnits: activeUnits)
    }

    static func problems(_ scheme: AssessmentScheme, indicators: [AssessmentIndicator], activeUnits: Set<UUID>)
        -> [FieldError]
    {
        var problems: [FieldError] = []
        if indicators.isEmpty { problems.append(FieldError("indicators", "方案还没有考核指标")) }
        let sum = indicators.map(\.maximum).total
        if !indicators.isEmpty, sum != scheme.total {
            problems.append(FieldError("indicators", "各项指标分值合计\(sum)分，与方案总分\(scheme.total)分不一致"))
        }
        for indicator in indicators {
            let name = "指标“\(indicator.name)”"
            switch indicator.method {
            case nil: problems.append(FieldError("indicators", "\(name)没有确定评分方式"))
            case .auto where indicator.metric == nil:
                problems.append(FieldError("indicators", "\(name)是自动计算指标，但没有选择计算口径"))
            default: break
            }
            if let scorer = indicator.$scorerUnit.id {
                if !activeUnits.contains(scorer) { problems.append(FieldError("indicators", "\(name)的评分单位已停用")) }
            } else {
                problems.append(FieldError("indicators", "\(name)没有评分单位"))
            }
        }
        if scheme.unitKinds.isEmpty { problems.append(FieldError("unitKinds", "方案没有被考核单位类型")) }
        if scheme.bonusCap > scheme.totalPoints {
            problems.append(FieldError("bonusCap", "加分上限不能超过总分\(scheme.total)分"))
        }
        if scheme.deductionCap > scheme.totalPoints {
            problems.append(FieldError("deductionCap", "扣分上限不能超过总分\(scheme.total)分"))
        }
        let bounds = scheme.gradeBounds
        switch scheme.grading {
        case .thresholds:
            if bounds.count != 3 || bounds != bounds.sorted(by: >) || (bounds.first ?? 0) > scheme.totalPoints {
                problems.append(FieldError("gradeBounds", "分数线应从优秀到一般依次降低，且不高于总分"))
            }
        case .shares:
            if bounds.count != 3 || bounds.reduce(0, +) > 100 {
                problems.append(FieldError("gradeBounds", "优秀、良好、一般的比例合计不能超过100%"))
            }
        }
        return problems
    }
}
