package optlab.results;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import optlab.io.IoReason;
import optlab.train.Trajectory;

/**
 * A run's trajectory on disk, beside its result: binary, since an MLP's weights at a few hundred
 * steps are megabytes. Big-endian: "OPTJ", version 1, the number of points, the weights per point,
 * then per point its step (int64) and its weights (float32).
 */
final class TrajectoryFile {

    private static final int MAGIC = 0x4F50544A;
    private static final int VERSION = 1;

    private TrajectoryFile() {
    }

    static void write(Path file, Trajectory trajectory) {
        AtomicFile.writeBytes(file, out -> {
            var data = new DataOutputStream(new BufferedOutputStream(out));
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(trajectory.size());
            data.writeInt(trajectory.size() == 0 ? 0 : trajectory.last().length);
            for (int i = 0; i < trajectory.size(); i++) {
                data.writeLong(trajectory.steps().get(i));
                for (float v : trajectory.points().get(i)) {
                    data.writeFloat(v);
                }
            }
            data.flush();
        });
    }

    static Trajectory read(Path file) {
        try (var data = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                throw new ResultsException("results file " + file + " is not an optlab trajectory; delete it to have it computed again");
            }
            int count = data.readInt();
            int length = data.readInt();
            if (count < 0 || length < 0) {
                throw new ResultsException("results file " + file + " is damaged; delete it to have it computed again");
            }
            var steps = new ArrayList<Long>();
            var points = new ArrayList<float[]>();
            for (int i = 0; i < count; i++) {
                steps.add(data.readLong());
                float[] p = new float[length];
                for (int j = 0; j < length; j++) {
                    p[j] = data.readFloat();
                }
                points.add(p);
            }
            return new Trajectory(steps, points);
        } catch (EOFException e) {
            throw new ResultsException("results file " + file + " ends early; delete it to have it computed again");
        } catch (IOException e) {
            throw new ResultsException("results file " + file + " cannot be read (" + IoReason.of(e) + ")");
        }
    }
}
