import FluentKit
import Foundation

/// Setting or removing a unit's group robot: the office's job, audited.
public struct WebhookCommands: Sendable {
    private let write: DomainWrite

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
    }

    /// Robot addresses are accepted only on the vendors' own hosts, so the server cannot be
    /// pointed at internal addresses.
    public static let allowedHosts: [WebhookKind: String] = [
        .dingtalk: "oapi.dingtalk.com", .wecom: "qyapi.weixin.qq.com",
    ]

    /// Sets the unit's robot; an empty `url` removes it.
    public func set(unitID: UUID, kind: WebhookKind, url: String, by actor: Actor, on db: any Database) async throws {
        try UnitPermissions.require(.manage, actor: actor)
        let url = url.trimmingCharacters(in: .whitespaces)
        if !url.isEmpty {
            guard let parsed = URL(string: url), parsed.scheme == "https", parsed.host == Self.allowedHosts[kind],
                url.count <= 500
            else {
                throw DomainError.invalid("webhookUrl", "请填写\(kind.label)的 https 地址（\(Self.allowedHosts[kind]!)）")
            }
        }
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let unit = try await OrgUnit.require(unitID, on: tx)
            let existing = try await UnitWebhook.query(on: tx).filter(\.$unit.$id == unitID).first()
            let before = existing.map { "\($0.kind.rawValue) \($0.url)" }
            if url.isEmpty {
                try await existing?.delete(on: tx)
            } else {
                let hook = existing ?? UnitWebhook()
                hook.$unit.id = unitID
                hook.kind = kind
                hook.url = url
                try await hook.save(on: tx)
            }
            let after = url.isEmpty ? nil : "\(kind.rawValue) \(url)"
            guard before != after else { return }
            try await audit.record(
                AuditSubject(type: "unit", id: unit.id, label: unit.name), action: "unit.webhook",
                changes: ["webhook": AuditChange(before: before, after: after)])
        }
    }
}
