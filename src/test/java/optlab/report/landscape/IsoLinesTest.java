package optlab.report.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IsoLinesTest {

    private static final double[] AXIS = {0, 1, 2};

    @Test
    void aPeakInTheMiddleIsRingedByAClosedDiamond() {
        double[][] z = {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}};
        List<IsoLines.Polyline> lines = IsoLines.of(AXIS, AXIS, z, 0.5);
        assertEquals(1, lines.size());
        IsoLines.Polyline ring = lines.get(0);
        // Half way along each of the four edges that meet the peak, walked round and closed.
        assertArrayEquals(new double[] {1, 0.5, 1, 1.5, 1}, ring.x(), 1e-12);
        assertArrayEquals(new double[] {0.5, 1, 1.5, 1, 0.5}, ring.y(), 1e-12);
    }

    @Test
    void aCrossingIsPlacedByLinearInterpolationAlongTheEdge() {
        // z = 4x on x = 0, 1, 2 (two rows alike): the level 1 lies a quarter of the way from x = 0 to x = 1.
        double[][] z = {{0, 4, 8}, {0, 4, 8}};
        List<IsoLines.Polyline> lines = IsoLines.of(AXIS, new double[] {0, 1}, z, 1);
        assertEquals(1, lines.size());
        assertArrayEquals(new double[] {0.25, 0.25}, lines.get(0).x(), 1e-12);
        assertArrayEquals(new double[] {0, 1}, lines.get(0).y(), 1e-12, "an open line, from one side of the grid to the other");
        List<IsoLines.Polyline> six = IsoLines.of(AXIS, new double[] {0, 1}, z, 6);
        assertArrayEquals(new double[] {1.5, 1.5}, six.get(0).x(), 1e-12);
    }

    @Test
    void aSaddleIsResolvedByTheMeanOfItsCorners() {
        // Corners (0,0) and (1,1) at 1, the others at 0: the centre is 0.5.
        double[][] z = {{1, 0}, {0, 1}};
        double[] unit = {0, 1};
        // Level 0.4: the centre is above, the two high corners are joined and the low ones cut off.
        List<IsoLines.Polyline> joined = IsoLines.of(unit, unit, z, 0.4);
        assertEquals(2, joined.size());
        for (IsoLines.Polyline line : joined) {
            double mx = (line.x()[0] + line.x()[1]) / 2;
            double my = (line.y()[0] + line.y()[1]) / 2;
            assertTrue((mx > 0.5 && my < 0.5) || (mx < 0.5 && my > 0.5), "near a low corner: " + mx + ", " + my);
        }
        // Level 0.6: the centre is below, the high corners are cut off: pieces near (0,0) and (1,1).
        for (IsoLines.Polyline line : IsoLines.of(unit, unit, z, 0.6)) {
            double mx = (line.x()[0] + line.x()[1]) / 2;
            double my = (line.y()[0] + line.y()[1]) / 2;
            assertTrue((mx < 0.5 && my < 0.5) || (mx > 0.5 && my > 0.5), "near a high corner: " + mx + ", " + my);
        }
    }

    @Test
    void aLevelOutsideTheValuesHasNoLine() {
        double[][] z = {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}};
        assertTrue(IsoLines.of(AXIS, AXIS, z, 2).isEmpty());
        assertTrue(IsoLines.of(AXIS, AXIS, z, -1).isEmpty());
    }
}
