// A deliberate folder cycle for FolderCycleTests: the checker must find it. Each reference hides where a reading of the
// usings or of the signatures would miss it (a method body, a lambda's closure, the parent namespace used without a using).
namespace OpenData.Api.Tests.Architecture.CycleFixture
{
    public static class Marker
    {
        public static string Name() => nameof(Marker);

        public static object Make() => new Shipping.Carrier();
    }
}

namespace OpenData.Api.Tests.Architecture.CycleFixture.Orders
{
    public sealed class Order
    {
        public static object Ship() => Shipping.Shipment.Create();
    }
}

namespace OpenData.Api.Tests.Architecture.CycleFixture.Shipping
{
    public sealed class Shipment
    {
        public static object Create()
        {
            var count = 0;
            Func<object> later = () => count++ > 0 ? new Orders.Order() : new Shipment();
            return later;
        }
    }

    public sealed class Carrier
    {
        public override string ToString() => Marker.Name();
    }
}

namespace OpenData.Api.Tests.Architecture.CycleFixture.Alone
{
    public static class Reader
    {
        public static object Read() => Orders.Order.Ship();
    }
}
