namespace Concord.Reports.Map;

/// <summary>
/// The Natural Earth projection (Šavrič, Jenny, Patterson, Petrovič and Hurni, 2011): a pseudocylindrical
/// compromise that keeps the poles short and the shapes of mid-latitude states readable, which is why atlases and
/// d3's <c>geoNaturalEarth1</c> use it for world maps.
/// </summary>
/// <remarks>x = λ·(0.870700 − 0.131979φ² − 0.013791φ⁴ + 0.003971φ¹⁰ − 0.001529φ¹²),
/// y = φ·(1.007226 + 0.015085φ² − 0.044475φ⁶ + 0.028874φ⁸ − 0.005916φ¹⁰), with λ and φ in radians; y grows north.</remarks>
public static class NaturalEarthProjection
{
    public static (double X, double Y) Project(double lonDegrees, double latDegrees)
    {
        var lambda = lonDegrees * Math.PI / 180;
        var phi = latDegrees * Math.PI / 180;
        var phi2 = phi * phi;
        var phi4 = phi2 * phi2;
        var phi6 = phi4 * phi2;
        var phi8 = phi4 * phi4;
        var phi10 = phi8 * phi2;
        var phi12 = phi6 * phi6;
        var x = lambda * (0.870700 - (0.131979 * phi2) - (0.013791 * phi4) + (0.003971 * phi10) - (0.001529 * phi12));
        var y = phi * (1.007226 + (0.015085 * phi2) - (0.044475 * phi6) + (0.028874 * phi8) - (0.005916 * phi10));
        return (x, y);
    }
}
