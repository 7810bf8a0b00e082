import App
import Domain
@_exported import DomainTestSupport
import Fluent
import Foundation

/// App tests make records through the same factories as domain tests, on the server's database.
extension TestApp: DomainFixtures {
    public var hasher: any PasswordHashing { app.tongxin.hasher }
}
